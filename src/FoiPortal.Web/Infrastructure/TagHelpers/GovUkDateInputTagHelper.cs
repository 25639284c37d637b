using Microsoft.AspNetCore.Razor.TagHelpers;

namespace FoiPortal.Web.Infrastructure.TagHelpers;

/// <summary>
/// GOV.UK date input: day, month and year in a fieldset, bound to a <see cref="DateInput"/>:
/// <c>&lt;govuk-date-input asp-for="Data.On" label="When was clarification sought?" hint="For example, 27 11 2026" /&gt;</c>.
/// The day field carries the group's id so the error summary link focuses it.
/// </summary>
[HtmlTargetElement("govuk-date-input", TagStructure = TagStructure.WithoutEndTag)]
public sealed class GovUkDateInputTagHelper : GovUkFieldTagHelper
{
    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var model = For.Model as DateInput;
        var errorClass = ErrorMessage is null ? string.Empty : " govuk-input--error";
        var html = $"<fieldset class=\"govuk-fieldset\" role=\"group\"{DescribedBy()}><legend class=\"govuk-fieldset__legend govuk-fieldset__legend--s\">{Encode(Label)}</legend>";
        html += HintAndError() + $"<div class=\"govuk-date-input\" id=\"{Id}-group\">";
        html += Part("Day", "Day", model?.Day, "govuk-input--width-2" + errorClass, Id);
        html += Part("Month", "Month", model?.Month, "govuk-input--width-2" + errorClass, $"{Id}_Month");
        html += Part("Year", "Year", model?.Year, "govuk-input--width-4" + errorClass, $"{Id}_Year");
        html += "</div></fieldset>";
        WrapInFormGroup(output, html);
    }

    private string Part(string property, string label, string? modelValue, string widthClass, string id)
    {
        var name = $"{Name}.{property}";
        var value = ViewContext.ViewData.ModelState.TryGetValue(name, out var entry) && entry.AttemptedValue is not null
            ? entry.AttemptedValue
            : modelValue;
        return "<div class=\"govuk-date-input__item\"><div class=\"govuk-form-group\">"
            + $"<label class=\"govuk-label govuk-date-input__label\" for=\"{id}\">{label}</label>"
            + $"<input class=\"govuk-input govuk-date-input__input {widthClass}\" id=\"{id}\" name=\"{Encode(name)}\" type=\"text\" inputmode=\"numeric\" value=\"{Encode(value)}\">"
            + "</div></div>";
    }
}
