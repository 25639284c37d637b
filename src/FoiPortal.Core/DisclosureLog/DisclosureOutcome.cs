namespace FoiPortal.Core.DisclosureLog;

/// <summary>
/// What the requester got, as the disclosure log reports it. These are the categories of the central government
/// FOI statistics (granted in full, partially withheld, withheld in full, not held, cost limit), plus neither confirm
/// nor deny, which the public log shows on its own because it is not a statement that anything is held.
/// </summary>
public enum DisclosureOutcome
{
    GrantedInFull,
    PartlyGranted,
    Withheld,
    NotHeld,

    /// <summary>FOIA s.12: complying would exceed the appropriate limit (perhaps with goodwill disclosure).</summary>
    CostLimit,

    /// <summary>FOIA s.1(1)(a) excluded, e.g. by s.23(5): the authority neither confirms nor denies it holds the information.</summary>
    NeitherConfirmNorDeny,
}

/// <summary>Words and URL values for <see cref="DisclosureOutcome"/>.</summary>
public static class DisclosureOutcomes
{
    private static readonly (DisclosureOutcome Outcome, string Slug, string Text)[] Table =
    [
        (DisclosureOutcome.GrantedInFull, "granted-in-full", "Granted in full"),
        (DisclosureOutcome.PartlyGranted, "partly-granted", "Partly granted"),
        (DisclosureOutcome.Withheld, "withheld", "Withheld"),
        (DisclosureOutcome.NotHeld, "not-held", "Information not held"),
        (DisclosureOutcome.CostLimit, "cost-limit", "Cost limit exceeded"),
        (DisclosureOutcome.NeitherConfirmNorDeny, "ncnd", "Neither confirm nor deny"),
    ];

    public static IReadOnlyList<DisclosureOutcome> All { get; } = [.. Table.Select(t => t.Outcome)];

    /// <summary>"Granted in full", "Cost limit exceeded".</summary>
    public static string Describe(this DisclosureOutcome outcome) => Row(outcome).Text;

    /// <summary>The value used in shareable search URLs, e.g. <c>?outcome=cost-limit</c>.</summary>
    public static string Slug(this DisclosureOutcome outcome) => Row(outcome).Slug;

    /// <summary>Reads a URL value (case-insensitive); false for anything else, including enum names and numbers.</summary>
    public static bool TryParseSlug(string? value, out DisclosureOutcome outcome)
    {
        foreach (var row in Table)
        {
            if (string.Equals(row.Slug, value?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                outcome = row.Outcome;
                return true;
            }
        }

        outcome = default;
        return false;
    }

    private static (DisclosureOutcome Outcome, string Slug, string Text) Row(DisclosureOutcome outcome) =>
        Array.Find(Table, t => t.Outcome == outcome) is { Slug: not null } row
            ? row
            : throw new ArgumentOutOfRangeException(nameof(outcome), outcome, "Not a disclosure outcome.");
}
