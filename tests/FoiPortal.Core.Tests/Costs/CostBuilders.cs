using FoiPortal.Core.Costs;
using FoiPortal.Core.Statute;

namespace FoiPortal.Core.Tests.Costs;

/// <summary>Test data builders for estimates.</summary>
internal static class CostBuilders
{
    public static readonly AppropriateLimit FoiaOther = AppropriateLimit.For(Regime.Foia, AuthorityType.Other);
    public static readonly AppropriateLimit FoiaCentral = AppropriateLimit.For(Regime.Foia, AuthorityType.CentralGovernment);
    public static readonly AppropriateLimit Foisa = AppropriateLimit.For(Regime.Foisa, AuthorityType.Other);
    public static readonly AppropriateLimit Eir = AppropriateLimit.For(Regime.Eir, AuthorityType.Other);

    public static CostLineInput Line(
        int question,
        int units,
        int minutesPerUnit,
        CostActivity activity = CostActivity.Extracting,
        UnitKind kind = UnitKind.Records,
        string description = "Manual review of each crime record",
        string? evidence = "Sampling exercise: 20 records took 300 minutes",
        int? low = null,
        int? high = null,
        bool confirmed = false) =>
        new(question, activity, description, units, kind, minutesPerUnit, low, high, confirmed, evidence);

    public static CostEstimate Estimate(Regime regime, params CostLineInput[] lines)
    {
        var estimate = new CostEstimate(foiRequestId: 1, regime);
        foreach (var line in lines)
        {
            estimate.AddLine(line);
        }

        return estimate;
    }

    public static CostEstimate Foia(params CostLineInput[] lines) => Estimate(Regime.Foia, lines);

    /// <summary>One line per question, each question taking the given minutes (1 unit x minutes).</summary>
    public static CostEstimate Questions(params int[] minutesPerQuestion) =>
        Foia(minutesPerQuestion.Select((minutes, i) => Line(i + 1, 1, minutes, kind: UnitKind.Other)).ToArray());

    /// <summary>The seed (62A/23) question 4: 720 records at 15 minutes each, from a range of 5 to 30.</summary>
    public static CostLineInput SeedQuestion4() =>
        Line(4, 720, 15, CostActivity.Extracting, UnitKind.Records,
            "Manual cross-reference of each crime record against custody records and the PNC",
            "Sampling exercise: 20 records took 300 minutes", low: 5, high: 30);
}
