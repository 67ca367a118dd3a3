[#import "/media-wire/templates/includes/layout.ftl" as layout]
[#-- content is the section page; its stories come from the model (io.mediawire.templating.SectionModel). --]
[#assign site = model.site]
[#assign teaserLength = (def.parameters.teaserLength!220)?number]
[#assign title = (model.page > 1)?then(content.title + " · " + i18n.get('mw.section.pageOf', model.page, model.pages), content.title)]
[#assign head]
  <link rel="canonical" href="${model.canonicalUrl}">
  [#if model.previousLink??]<link rel="prev" href="${model.previousLink}">[/#if]
  [#if model.nextLink??]<link rel="next" href="${model.nextLink}">[/#if]
  <meta property="og:type" content="website">
  <meta property="og:title" content="${content.title} | ${site.name}">
  <meta property="og:site_name" content="${site.name}">
[/#assign]
[@layout.page title="${title} | ${site.name}" description=i18n['mw.section.intro'] head=head]
<section class="section">
  <header class="section__header">
    <h1 class="section__title">${content.title}</h1>
    <p class="section__intro">${i18n['mw.section.intro']}</p>
  </header>
  [#if model.stories?has_content]
  <ol class="story-list">
    [#list model.stories as story]
      [#assign storyLang = story.language!ctx.locale]
      <li class="story-card" lang="${storyLang}" dir="${mwfn.dir(storyLang)}">
        <article>
          <h2 class="story-card__headline"><a href="${cmsfn.link(story)}">${story.headline}</a></h2>
          <p class="story-card__teaser">${mwfn.teaser(story, teaserLength)}</p>
          <p class="story-card__meta" dir="${mwfn.dir(ctx.locale)}">
            <span>${mwfn.sourceName(story)}</span>
            [#if story.published??] · <time datetime="${mwfn.iso(story.published)}">${mwfn.timeAgo(story.published)}</time>[/#if]
          </p>
        </article>
      </li>
    [/#list]
  </ol>
  [#else]
  <p class="section__empty">${i18n['mw.section.empty']}</p>
  [/#if]
  [#if model.pages > 1]
  <nav class="pager" aria-label="${i18n.get('mw.section.pageOf', model.page, model.pages)}">
    [#if model.previousLink??]<a class="pager__newer" rel="prev" href="${model.previousLink}">← ${i18n['mw.section.newer']}</a>[#else]<span></span>[/#if]
    <span class="pager__status">${i18n.get('mw.section.pageOf', model.page, model.pages)}</span>
    [#if model.nextLink??]<a class="pager__older" rel="next" href="${model.nextLink}">${i18n['mw.section.older']} →</a>[#else]<span></span>[/#if]
  </nav>
  [/#if]
</section>
[/@layout.page]
