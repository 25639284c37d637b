using Ganss.Xss;

namespace FoiPortal.Web.Pages.Staff.Inbox;

/// <summary>
/// Shows an email's HTML safely: HtmlSanitizer with no images (a remote image is a tracking pixel), no forms, no
/// styles (CSS can load remote content), and links only to http, https and mailto. Scripts and event handlers are
/// never allowed by HtmlSanitizer.
/// </summary>
public static class EmailHtml
{
    private static readonly HtmlSanitizer Sanitizer = Create();

    public static string Sanitize(string html) => Sanitizer.Sanitize(html);

    private static HtmlSanitizer Create()
    {
        var sanitizer = new HtmlSanitizer();
        foreach (var tag in new[] { "img", "picture", "source", "video", "audio", "form", "input", "button", "select", "option", "textarea", "style", "link", "iframe", "object", "embed", "svg", "area", "map" })
        {
            sanitizer.AllowedTags.Remove(tag);
        }

        sanitizer.AllowedAttributes.Remove("style");
        sanitizer.AllowedAttributes.Remove("background");
        sanitizer.AllowedAttributes.Remove("src");
        sanitizer.AllowedAttributes.Remove("srcset");
        sanitizer.AllowedAttributes.Remove("action");
        sanitizer.AllowedAttributes.Remove("formaction");
        sanitizer.AllowedCssProperties.Clear();
        sanitizer.AllowedAtRules.Clear();
        sanitizer.AllowedSchemes.Clear();
        sanitizer.AllowedSchemes.Add("http");
        sanitizer.AllowedSchemes.Add("https");
        sanitizer.AllowedSchemes.Add("mailto");
        // Links open in a new context without giving the page to the site linked.
        sanitizer.PostProcessNode += (_, e) =>
        {
            if (e.Node is AngleSharp.Dom.IElement { LocalName: "a" } link)
            {
                link.SetAttribute("rel", "noopener noreferrer nofollow");
            }
        };
        return sanitizer;
    }
}
