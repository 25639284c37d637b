using FoiPortal.Core.Exemptions;
using FoiPortal.Core.Statute;

namespace FoiPortal.Web.Pages.Staff.Cases.Exemptions;

/// <summary>
/// The citation fields a decision form binds (<c>Data.Citations[i]</c>, the "in the alternative" and s.17(4) ticks):
/// the first response's form and the review's new decision form share them, and the one partial that renders them.
/// </summary>
public interface ICitationFields
{
    List<RecordExemptionDecision.CitationForm> Citations { get; }

    bool CitedInTheAlternative { get; }

    bool ReasonsWithheld { get; }
}

/// <summary>What <c>_CitationFields.cshtml</c> renders: the form's values, the regime's terms and the provisions to choose from.</summary>
/// <param name="Data">Named as the page's bound property, so that the fields post back as <c>Data.Citations[i]...</c>.</param>
public sealed record CitationFieldsView(ICitationFields Data, Regime Regime, IReadOnlyList<ExemptionEntry> Choices);
