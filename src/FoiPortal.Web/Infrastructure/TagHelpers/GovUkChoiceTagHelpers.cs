using Microsoft.AspNetCore.Razor.TagHelpers;

namespace FoiPortal.Web.Infrastructure.TagHelpers;

/// <summary>
/// GOV.UK select, for long lists only (e.g. a regime's exemptions): options may be grouped and carry data attributes
/// that progressive enhancement reads. The first option is an empty "Choose" entry.
/// </summary>
[HtmlTargetElement("govuk-select", TagStructure = TagStructure.WithoutEndTag)]
public sealed class GovUkSelectTagHelper : GovUkFieldTagHelper
{
    [HtmlAttributeName("items")]
    public IEnumerable<SelectItem> Items { get; set; } = [];

    /// <summary>The empty first option's text.</summary>
    [HtmlAttributeName("placeholder")]
    public string Placeholder { get; set; } = "Choose";

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var current = CurrentValue;
        var classes = "govuk-select" + (ErrorMessage is null ? string.Empty : " govuk-select--error");
        var html = $"<select class=\"{classes}\" id=\"{Id}\" name=\"{Encode(Name)}\"{DescribedBy()}><option value=\"\">{Encode(Placeholder)}</option>";
        foreach (var group in Items.GroupBy(i => i.Group))
        {
            if (group.Key is not null)
            {
                html += $"<optgroup label=\"{Encode(group.Key)}\">";
            }

            foreach (var item in group)
            {
                var selected = string.Equals(current, item.Value, StringComparison.OrdinalIgnoreCase) ? " selected" : string.Empty;
                var data = item.Data is null ? string.Empty : string.Concat(item.Data.Select(d => $" data-{Encode(d.Key)}=\"{Encode(d.Value)}\""));
                html += $"<option value=\"{Encode(item.Value)}\"{data}{selected}>{Encode(item.Text)}</option>";
            }

            if (group.Key is not null)
            {
                html += "</optgroup>";
            }
        }

        html += "</select>";
        WrapInFormGroup(output, LabelHtml() + HintAndError() + html);
    }
}

/// <param name="Group">The optgroup label, or null for an ungrouped option.</param>
/// <param name="Data">data-* attributes (names without the prefix).</param>
public sealed record SelectItem(string Value, string Text, string? Group = null, IReadOnlyDictionary<string, string>? Data = null);

/// <summary>One GOV.UK checkbox bound to a bool (posts "true" when ticked; absent means false).</summary>
[HtmlTargetElement("govuk-checkbox", TagStructure = TagStructure.WithoutEndTag)]
public sealed class GovUkCheckboxTagHelper : GovUkFieldTagHelper
{
    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var isChecked = string.Equals(CurrentValue, "true", StringComparison.OrdinalIgnoreCase) ? " checked" : string.Empty;
        var error = ErrorMessage is { } message
            ? $"<p id=\"{Id}-error\" class=\"govuk-error-message\"><span class=\"govuk-visually-hidden\">Error:</span> {Encode(message)}</p>"
            : string.Empty;
        var hint = Hint is null ? string.Empty : $"<div id=\"{Id}-hint\" class=\"govuk-hint govuk-checkboxes__hint\">{Encode(Hint)}</div>";
        var html = error
            + "<div class=\"govuk-checkboxes govuk-checkboxes--small\" data-module=\"govuk-checkboxes\"><div class=\"govuk-checkboxes__item\">"
            + $"<input class=\"govuk-checkboxes__input\" id=\"{Id}\" name=\"{Encode(Name)}\" type=\"checkbox\" value=\"true\"{isChecked}{DescribedBy()}>"
            + $"<label class=\"govuk-label govuk-checkboxes__label\" for=\"{Id}\">{Encode(Label)}</label>{hint}</div></div>";
        WrapInFormGroup(output, html);
    }
}
