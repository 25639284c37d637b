using System.Text;
using System.Text.Encodings.Web;
using FoiPortal.Web.Infrastructure.Validation;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace FoiPortal.Web.Infrastructure.TagHelpers;

/// <summary>
/// GOV.UK error summary: "There is a problem", then each error in field order, linked to its field.
/// Renders nothing when the page has no errors. Focused on load by govuk-frontend's ErrorSummary module.
/// </summary>
[HtmlTargetElement("govuk-error-summary", TagStructure = TagStructure.WithoutEndTag)]
public sealed class GovUkErrorSummaryTagHelper : TagHelper
{
    [HtmlAttributeNotBound]
    [ViewContext]
    public ViewContext ViewContext { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var errors = GovUkErrors.Get(ViewContext.HttpContext, ViewContext.ViewData.ModelState);
        if (errors.Count == 0)
        {
            output.SuppressOutput();
            return;
        }

        var list = new StringBuilder();
        foreach (var error in errors)
        {
            var message = HtmlEncoder.Default.Encode(error.Message);
            var href = error.Href ?? (error.Key.Length == 0 ? null : "#" + TagBuilder.CreateSanitizedId(error.Key, "_"));
            list.Append(href is null
                ? $"<li>{message}</li>"
                : $"<li><a href=\"{HtmlEncoder.Default.Encode(href)}\">{message}</a></li>");
        }

        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", "govuk-error-summary");
        output.Attributes.SetAttribute("data-module", "govuk-error-summary");
        output.Content.SetHtmlContent(
            "<div role=\"alert\"><h2 class=\"govuk-error-summary__title\">There is a problem</h2>"
            + $"<div class=\"govuk-error-summary__body\"><ul class=\"govuk-list govuk-error-summary__list\">{list}</ul></div></div>");
    }
}
