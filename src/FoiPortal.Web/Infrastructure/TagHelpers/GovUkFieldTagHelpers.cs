using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace FoiPortal.Web.Infrastructure.TagHelpers;

/// <summary>
/// The shared part of our GOV.UK form components: label, hint and error message wired to the field with
/// aria-describedby, the error state from ModelState, and the value the user typed. All text is HTML-encoded.
/// </summary>
public abstract class GovUkFieldTagHelper : TagHelper
{
    [HtmlAttributeName("asp-for")]
    public Microsoft.AspNetCore.Mvc.ViewFeatures.ModelExpression For { get; set; } = null!;

    [HtmlAttributeName("label")]
    public string Label { get; set; } = string.Empty;

    [HtmlAttributeName("hint")]
    public string? Hint { get; set; }

    /// <summary>Makes the label the page's h1 (GOV.UK "question pages").</summary>
    [HtmlAttributeName("label-is-page-heading")]
    public bool LabelIsPageHeading { get; set; }

    [HtmlAttributeNotBound]
    [ViewContext]
    public ViewContext ViewContext { get; set; } = null!;

    protected string Name => For.Name;

    protected string Id => TagBuilder.CreateSanitizedId(For.Name, "_");

    protected string? ErrorMessage =>
        ViewContext.ViewData.ModelState.TryGetValue(Name, out var entry) && entry.Errors.Count > 0 ? entry.Errors[0].ErrorMessage : null;

    /// <summary>The attempted value when the form was re-shown, else the model's value.</summary>
    protected string? CurrentValue
    {
        get
        {
            if (ViewContext.ViewData.ModelState.TryGetValue(Name, out var entry) && entry.AttemptedValue is not null)
            {
                return entry.AttemptedValue;
            }

            return For.Model switch
            {
                null => null,
                Enum e => e.ToString(),
                var other => Convert.ToString(other, System.Globalization.CultureInfo.InvariantCulture),
            };
        }
    }

    protected static string Encode(string? text) => HtmlEncoder.Default.Encode(text ?? string.Empty);

    protected string DescribedBy()
    {
        var ids = new List<string>();
        if (Hint is not null)
        {
            ids.Add($"{Id}-hint");
        }

        if (ErrorMessage is not null)
        {
            ids.Add($"{Id}-error");
        }

        return ids.Count == 0 ? string.Empty : $" aria-describedby=\"{string.Join(' ', ids)}\"";
    }

    protected string HintAndError()
    {
        var html = string.Empty;
        if (Hint is not null)
        {
            html += $"<div id=\"{Id}-hint\" class=\"govuk-hint\">{Encode(Hint)}</div>";
        }

        if (ErrorMessage is { } error)
        {
            html += $"<p id=\"{Id}-error\" class=\"govuk-error-message\"><span class=\"govuk-visually-hidden\">Error:</span> {Encode(error)}</p>";
        }

        return html;
    }

    protected string LabelHtml()
    {
        var label = $"<label class=\"govuk-label{(LabelIsPageHeading ? " govuk-label--l" : " govuk-label--s")}\" for=\"{Id}\">{Encode(Label)}</label>";
        return LabelIsPageHeading ? $"<h1 class=\"govuk-label-wrapper\">{label}</h1>" : label;
    }

    protected void WrapInFormGroup(TagHelperOutput output, string inner)
    {
        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", ErrorMessage is null ? "govuk-form-group" : "govuk-form-group govuk-form-group--error");
        output.Content.SetHtmlContent(new HtmlString(inner));
    }
}

/// <summary>GOV.UK text input: <c>&lt;govuk-input asp-for="Data.Email" label="Email address" type="email" autocomplete="email" /&gt;</c>.</summary>
[HtmlTargetElement("govuk-input", TagStructure = TagStructure.WithoutEndTag)]
public sealed class GovUkInputTagHelper : GovUkFieldTagHelper
{
    /// <summary>A password typed is never sent back in the page (issue 17), even when the form is shown again with errors.</summary>
    private bool IsPassword => string.Equals(Type, "password", StringComparison.OrdinalIgnoreCase);

    [HtmlAttributeName("type")]
    public string Type { get; set; } = "text";

    [HtmlAttributeName("autocomplete")]
    public string? Autocomplete { get; set; }

    [HtmlAttributeName("input-class")]
    public string? InputClass { get; set; }

    [HtmlAttributeName("spellcheck")]
    public bool? Spellcheck { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var classes = "govuk-input" + (InputClass is null ? string.Empty : " " + InputClass) + (ErrorMessage is null ? string.Empty : " govuk-input--error");
        var extras = (Autocomplete is null ? string.Empty : $" autocomplete=\"{Encode(Autocomplete)}\"")
            + (Spellcheck is null ? string.Empty : $" spellcheck=\"{(Spellcheck.Value ? "true" : "false")}\"");
        var input = $"<input class=\"{classes}\" id=\"{Id}\" name=\"{Encode(Name)}\" type=\"{Encode(Type)}\" value=\"{(IsPassword ? string.Empty : Encode(CurrentValue))}\"{DescribedBy()}{extras}>";
        WrapInFormGroup(output, LabelHtml() + HintAndError() + input);
    }
}

/// <summary>GOV.UK textarea.</summary>
[HtmlTargetElement("govuk-textarea", TagStructure = TagStructure.WithoutEndTag)]
public sealed class GovUkTextareaTagHelper : GovUkFieldTagHelper
{
    [HtmlAttributeName("rows")]
    public int Rows { get; set; } = 5;

    [HtmlAttributeName("autocomplete")]
    public string? Autocomplete { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var classes = "govuk-textarea" + (ErrorMessage is null ? string.Empty : " govuk-textarea--error");
        var extras = Autocomplete is null ? string.Empty : $" autocomplete=\"{Encode(Autocomplete)}\"";
        var textarea = $"<textarea class=\"{classes}\" id=\"{Id}\" name=\"{Encode(Name)}\" rows=\"{Rows}\"{DescribedBy()}{extras}>{Encode(CurrentValue)}</textarea>";
        WrapInFormGroup(output, LabelHtml() + HintAndError() + textarea);
    }
}

/// <summary>GOV.UK radios in a fieldset. Items are (value, label, hint).</summary>
[HtmlTargetElement("govuk-radios", TagStructure = TagStructure.WithoutEndTag)]
public sealed class GovUkRadiosTagHelper : GovUkFieldTagHelper
{
    [HtmlAttributeName("items")]
    public IEnumerable<RadioItem> Items { get; set; } = [];

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var current = CurrentValue;
        var html = $"<fieldset class=\"govuk-fieldset\"{DescribedBy()}><legend class=\"govuk-fieldset__legend govuk-fieldset__legend--s\">{Encode(Label)}</legend>";
        html += HintAndError() + "<div class=\"govuk-radios\" data-module=\"govuk-radios\">";
        var first = true;
        foreach (var item in Items)
        {
            // The first radio carries the field's id so the error summary link focuses it (GOV.UK pattern).
            var itemId = first ? Id : $"{Id}-{Encode(item.Value)}";
            var isChecked = string.Equals(current, item.Value, StringComparison.Ordinal) ? " checked" : string.Empty;
            var hintId = $"{itemId}-item-hint";
            var hintAttr = item.Hint is null ? string.Empty : $" aria-describedby=\"{hintId}\"";
            html += $"<div class=\"govuk-radios__item\"><input class=\"govuk-radios__input\" id=\"{itemId}\" name=\"{Encode(Name)}\" type=\"radio\" value=\"{Encode(item.Value)}\"{isChecked}{hintAttr}>"
                + $"<label class=\"govuk-label govuk-radios__label\" for=\"{itemId}\">{Encode(item.Label)}</label>"
                + (item.Hint is null ? string.Empty : $"<div id=\"{hintId}\" class=\"govuk-hint govuk-radios__hint\">{Encode(item.Hint)}</div>")
                + "</div>";
            first = false;
        }

        html += "</div></fieldset>";
        WrapInFormGroup(output, html);
    }
}

public sealed record RadioItem(string Value, string Label, string? Hint = null);
