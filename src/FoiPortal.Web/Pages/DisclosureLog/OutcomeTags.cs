using FoiPortal.Core.DisclosureLog;

namespace FoiPortal.Web.Pages.DisclosureLog;

/// <summary>The GOV.UK tag colour of each outcome (a method, not a partial: it is drawn for every row of a results page).</summary>
public static class OutcomeTags
{
    public static string Colour(DisclosureOutcome outcome) => outcome switch
    {
        DisclosureOutcome.GrantedInFull => "govuk-tag--green",
        DisclosureOutcome.PartlyGranted => "govuk-tag--turquoise",
        DisclosureOutcome.Withheld => "govuk-tag--red",
        DisclosureOutcome.CostLimit => "govuk-tag--orange",
        DisclosureOutcome.NeitherConfirmNorDeny => "govuk-tag--purple",
        _ => "govuk-tag--grey",
    };
}
