[#import "/media-wire/templates/includes/layout.ftl" as layout]
[#assign site = model.site]
[#assign head]<meta name="robots" content="noindex">[/#assign]
[@layout.page title="${content.title} | ${site.name}" head=head]
<div class="layout">
  <section class="not-found">
    <p class="kicker">${(content.status!404)?c}</p>
    <h1>${content.title}</h1>
    <p>${content.text!i18n['mw.notFound.text']}</p>
    <p><a class="button" href="${ctx.contextPath}/media-wire/">${i18n['mw.notFound.home']}</a></p>
  </section>
  <aside class="sidebar">
    [@cms.area name="aside" /]
  </aside>
</div>
[/@layout.page]
