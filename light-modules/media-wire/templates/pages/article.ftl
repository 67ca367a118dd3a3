[#import "/media-wire/templates/includes/layout.ftl" as layout]
[#-- content is the article page; the story it shows comes from the model (io.mediawire.templating.ArticleModel). --]
[#assign story = model.story]
[#assign site = model.site]
[#assign storyLang = story.language!ctx.locale]
[#assign pageUrl = model.pageUrl]
[#assign description = mwfn.teaser(story, 160)]
[#assign lastModified = cmsfn.metaData(story, 'mgnl:lastModified')]
[#assign modified = mwfn.latest(lastModified, story.published!lastModified)]
[#-- An accepted revision of the agency's text: readers are told when, and whether it corrected the story. --]
[#assign revised = story.sourceModified?? && story.revisionKind??]
[#if revised][#assign modified = mwfn.latest(modified, story.sourceModified)][/#if]
[#-- The lead image as the page shows it (a local copy); lead.inBody when the body starts with it (shown once). --]
[#assign lead = model.leadImage!]
[#-- A wire item whose id is no web address (urn:, tag:) has a stand-in address on a reserved host: never linked. --]
[#assign sourceLinkable = !story.sourceUrl?starts_with("https://wire.invalid/")]
[#assign disclaimerKey = def.parameters.disclaimerKey?has_content?then(def.parameters.disclaimerKey, site.disclaimerKey)]
[#assign head]
  [#if (def.parameters.canonicalToSource!true) && sourceLinkable]
  <link rel="canonical" href="${story.sourceUrl}">
  [#else]
  <link rel="canonical" href="${pageUrl}">
  [/#if]
  <meta property="og:type" content="article">
  <meta property="og:title" content="${story.headline}">
  <meta property="og:description" content="${description}">
  <meta property="og:url" content="${pageUrl}">
  <meta property="og:site_name" content="${site.name}">
  <meta property="og:locale" content="${storyLang?replace('-', '_')}">
  [#if lead?has_content]<meta property="og:image" content="${lead.url}">[/#if]
  [#if story.published??]<meta property="article:published_time" content="${mwfn.iso(story.published)}">[/#if]
  <meta property="article:modified_time" content="${mwfn.iso(modified)}">
  <meta property="article:section" content="${site.sectionTitle}">
  <meta name="twitter:card" content="summary">
  <script type="application/ld+json">
  {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    "headline": ${mwfn.json(story.headline)},
    "description": ${mwfn.json(description)},
    "url": ${mwfn.json(pageUrl)},
    "mainEntityOfPage": ${mwfn.json(pageUrl)},
    "inLanguage": ${mwfn.json(storyLang)},
    [#if story.published??]"datePublished": ${mwfn.json(mwfn.iso(story.published))},[/#if]
    "dateModified": ${mwfn.json(mwfn.iso(modified))},
    [#if story.author??]"author": {"@type": "Person", "name": ${mwfn.json(story.author)}},[/#if]
    [#if lead?has_content]"image": [${mwfn.json(lead.url)}],[/#if]
    "publisher": {"@type": "Organization", "name": ${mwfn.json(site.name)}},
    "sourceOrganization": {"@type": "Organization", "name": ${mwfn.json(mwfn.sourceName(story))}}[#if sourceLinkable],
    "isBasedOn": ${mwfn.json(story.sourceUrl)}[/#if]
  }
  </script>
[/#assign]
[@layout.page title="${story.headline} | ${site.name}" description=description head=head]
<div class="layout">
  <article class="story" lang="${storyLang}" dir="${mwfn.dir(storyLang)}">
    <header class="story__header">
      <p class="kicker">${site.sectionTitle}</p>
      <h1 class="story__headline">${story.headline}</h1>
      [#-- When the source published it, with the time (news moves by the hour), then the day it was published here. --]
      <p class="story__meta" lang="${ctx.locale}" dir="${mwfn.dir(ctx.locale)}">
        [#if story.author??]<span class="story__author">${i18n.get('mw.by', story.author)}</span> · [/#if]
        [#if story.sourcePublished??]
        <time class="story__source-date" datetime="${mwfn.iso(story.sourcePublished)}">${i18n.get('mw.publishedBy', mwfn.sourceName(story), mwfn.dateTime(story.sourcePublished))}</time>
        [#else]
        <span class="story__source-name">${mwfn.sourceName(story)}</span>
        [/#if]
        [#if story.published??] · <span class="story__published-here">${i18n['mw.publishedHere']} <time datetime="${mwfn.iso(story.published)}">${mwfn.date(story.published)}</time></span>[/#if]
      </p>
      [#if revised]
        [#if story.revisionKind == 'correction']
      <p class="story__revision story__revision--correction" lang="${ctx.locale}" dir="${mwfn.dir(ctx.locale)}"><time datetime="${mwfn.iso(story.sourceModified)}">${i18n.get('mw.correctedOn', mwfn.dateTime(story.sourceModified))}</time>[#if story.revisionNote??] <span class="story__correction-note">${i18n['mw.correctionNote']} ${story.revisionNote}</span>[/#if]</p>
        [#else]
      <p class="story__revision story__revision--update" lang="${ctx.locale}" dir="${mwfn.dir(ctx.locale)}"><time datetime="${mwfn.iso(story.sourceModified)}">${i18n.get('mw.updatedOn', mwfn.dateTime(story.sourceModified))}</time></p>
        [/#if]
      [/#if]
    </header>
    [#if lead?has_content && !lead.inBody]
    <figure class="story__image">
      <img src="${lead.src}"[#if lead.srcset??] srcset="${lead.srcset}" sizes="${lead.sizes}"[/#if][#if lead.width??] width="${lead.width?c}" height="${lead.height?c}"[/#if] alt="${lead.alt}"[#if !lead.srcset??] referrerpolicy="no-referrer"[/#if] fetchpriority="high" decoding="async">
      [#if lead.caption?? || story.leadImageCredit??]<figcaption>${lead.caption!}[#if story.leadImageCredit??] <span class="story__image-credit">${i18n.get('mw.photoCredit', story.leadImageCredit)}</span>[/#if]</figcaption>[/#if]
    </figure>
    [/#if]
    <div class="story__body">
${model.body}
    </div>
    <footer class="story__footer" lang="${ctx.locale}" dir="${mwfn.dir(ctx.locale)}">
      <section class="disclaimer" aria-label="${i18n.get('mw.disclaimer.title', site.name)}">
        <h2 class="disclaimer__title">${i18n.get('mw.disclaimer.title', site.name)}</h2>
        <p>${i18n.get(disclaimerKey, site.name)}</p>
      </section>
      [#-- What the agency's wire item asks to be printed with the story: its credit and copyright notice. --]
      [#if story.credit?? || story.copyrightNotice??]
      <p class="rights">[#if story.credit??]<span class="rights__credit">${i18n.get('mw.credit', story.credit)}</span>[/#if][#if story.credit?? && story.copyrightNotice??] · [/#if][#if story.copyrightNotice??]<span class="rights__notice">${story.copyrightNotice}</span>[/#if]</p>
      [/#if]
      [#if sourceLinkable]
      <p class="source">${i18n['mw.source']}: <a class="source__link" href="${story.sourceUrl}" rel="noopener nofollow">${mwfn.sourceName(story)}</a></p>
      <p class="source-url"><span>${i18n['mw.sourceUrl']}:</span> <a href="${story.sourceUrl}" rel="noopener nofollow">${story.sourceUrl}</a></p>
      [#else]
      <p class="source">${i18n['mw.source']}: ${mwfn.sourceName(story)}</p>
      [/#if]
    </footer>
  </article>
  <aside class="sidebar" lang="${ctx.locale}" dir="${mwfn.dir(ctx.locale)}">
    [@cms.area name="aside" /]
  </aside>
</div>
[/@layout.page]
