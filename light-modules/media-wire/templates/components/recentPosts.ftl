[#-- Recent posts: linked headline, one-line teaser, relative time (filled in when the page is served). --]
[#assign count = (content.count!def.parameters.count!6)?number]
[#assign excludeCurrent = (content.excludeCurrent!def.parameters.excludeCurrent!true)?string == "true"]
[#assign teaserLength = (content.teaserLength!def.parameters.teaserLength!100)?number]
[#-- The model leaves out the story of the page it is on (io.mediawire.templating.RecentPostsModel). --]
[#assign items = model.recent(count, excludeCurrent)]
[#if items?has_content]
<section class="recent-posts" aria-labelledby="recent-posts-title">
  <h2 id="recent-posts-title" class="recent-posts__title">${i18n['mw.recentPosts']}</h2>
  <ol class="recent-posts__list">
  [#list items as item]
    [#assign itemLang = item.language!ctx.locale]
    <li class="recent-post" lang="${itemLang}" dir="${mwfn.dir(itemLang)}">
      <a class="recent-post__link" href="${cmsfn.link(item)}">${item.headline}</a>
      <p class="recent-post__teaser">${mwfn.teaser(item, teaserLength)}</p>
      [#if item.published??]<time class="recent-post__time" datetime="${mwfn.iso(item.published)}" dir="${mwfn.dir(ctx.locale)}">${mwfn.timeAgo(item.published)}</time>[/#if]
    </li>
  [/#list]
  </ol>
</section>
[/#if]
