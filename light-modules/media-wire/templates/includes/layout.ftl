[#-- The page shell shared by every public page: head, site header, footer. Pages give it a model
     that knows the site (io.mediawire.templating.SiteModel or a subclass). --]
[#macro page title description="" lang=cmsfn.language() head=""]
<!DOCTYPE html>
<html lang="${lang}" dir="${mwfn.dir(lang)}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>${title}</title>
  [#if description?has_content]<meta name="description" content="${description}">[/#if]
  <link rel="stylesheet" href="${mwfn.resource('css/media-wire.css')}">
  ${head}
  [@cms.page /]
</head>
<body>
  <a class="skip" href="#main">${i18n['mw.skip']}</a>
  <header class="site-header">
    <div class="wrap site-header__inner">
      <a class="site-name" href="${ctx.contextPath}/media-wire/">${model.site.name}</a>
      <nav aria-label="Sections"><a class="section-link" href="${ctx.contextPath}/media-wire/">${model.site.sectionTitle}</a></nav>
    </div>
  </header>
  <main id="main" class="wrap">
[#nested]
  </main>
  <footer class="site-footer">
    <div class="wrap">
      <p>© ${model.site.name} · ${i18n['mw.footer.note']}</p>
    </div>
  </footer>
</body>
</html>
[/#macro]
