[#import "/media-wire/templates/includes/layout.ftl" as layout]
[#assign storyLang = content.language!ctx.locale]
[#assign pageUrl = ctx.baseUrl + cmsfn.link(content)]
[#assign description = mwfn.teaser(content, 160)]
[#assign lastModified = cmsfn.metaData(content, 'mgnl:lastModified')]
[#assign modified = mwfn.latest(lastModified, content.published!lastModified)]
[#assign disclaimerKey = def.parameters.disclaimerKey?has_content?then(def.parameters.disclaimerKey, site.disclaimerKey)]
[#assign head]
  [#if def.parameters.canonicalToSource!true]
  <link rel="canonical" href="${content.sourceUrl}">
  [#else]
  <link rel="canonical" href="${pageUrl}">
  [/#if]
  <meta property="og:type" content="article">
  <meta property="og:title" content="${content.headline}">
  <meta property="og:description" content="${description}">
  <meta property="og:url" content="${pageUrl}">
  <meta property="og:site_name" content="${site.name}">
  <meta property="og:locale" content="${storyLang?replace('-', '_')}">
  [#if content.leadImage??]<meta property="og:image" content="${content.leadImage}">[/#if]
  [#if content.published??]<meta property="article:published_time" content="${mwfn.iso(content.published)}">[/#if]
  <meta property="article:modified_time" content="${mwfn.iso(modified)}">
  <meta property="article:section" content="${site.sectionTitle}">
  <meta name="twitter:card" content="summary">
  <script type="application/ld+json">
  {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    "headline": ${mwfn.json(content.headline)},
    "description": ${mwfn.json(description)},
    "url": ${mwfn.json(pageUrl)},
    "mainEntityOfPage": ${mwfn.json(pageUrl)},
    "inLanguage": ${mwfn.json(storyLang)},
    [#if content.published??]"datePublished": ${mwfn.json(mwfn.iso(content.published))},[/#if]
    "dateModified": ${mwfn.json(mwfn.iso(modified))},
    [#if content.author??]"author": {"@type": "Person", "name": ${mwfn.json(content.author)}},[/#if]
    [#if content.leadImage??]"image": [${mwfn.json(content.leadImage)}],[/#if]
    "publisher": {"@type": "Organization", "name": ${mwfn.json(site.name)}},
    "sourceOrganization": {"@type": "Organization", "name": ${mwfn.json(mwfn.sourceName(content))}},
    "isBasedOn": ${mwfn.json(content.sourceUrl)}
  }
  </script>
[/#assign]
[@layout.page title="${content.headline} | ${site.name}" description=description head=head]
<div class="layout">
  <article class="story" lang="${storyLang}" dir="${mwfn.dir(storyLang)}">
    <header class="story__header">
      <p class="kicker">${site.sectionTitle}</p>
      <h1 class="story__headline">${content.headline}</h1>
      <p class="story__meta">
        [#if content.author??]<span class="story__author">${i18n.get('mw.by', content.author)}</span> · [/#if]
        <span class="story__source-name">${mwfn.sourceName(content)}</span>
        [#if content.published??] · <time datetime="${mwfn.iso(content.published)}">${mwfn.date(content.published)}</time>[/#if]
      </p>
    </header>
    [#if content.leadImage??]
    <figure class="story__image">
      <img src="${content.leadImage}" alt="${content.leadImageCaption!''}" loading="lazy">
      [#if content.leadImageCaption??]<figcaption>${content.leadImageCaption}</figcaption>[/#if]
    </figure>
    [/#if]
    <div class="story__body">
${cmsfn.decode(content).body}
    </div>
    <footer class="story__footer" lang="${ctx.locale}" dir="${mwfn.dir(ctx.locale)}">
      <section class="disclaimer" aria-label="${i18n.get('mw.disclaimer.title', site.name)}">
        <h2 class="disclaimer__title">${i18n.get('mw.disclaimer.title', site.name)}</h2>
        <p>${i18n.get(disclaimerKey, site.name)}</p>
      </section>
      <p class="source">${i18n['mw.source']}: <a class="source__link" href="${content.sourceUrl}" rel="noopener nofollow">${mwfn.sourceName(content)}</a></p>
      <p class="source-url"><span>${i18n['mw.sourceUrl']}:</span> <a href="${content.sourceUrl}" rel="noopener nofollow">${content.sourceUrl}</a></p>
    </footer>
  </article>
  <aside class="sidebar" lang="${ctx.locale}" dir="${mwfn.dir(ctx.locale)}">
    [@cms.area name="aside" /]
  </aside>
</div>
[/@layout.page]
