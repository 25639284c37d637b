namespace FoiPortal.Core.Costs;

/// <summary>What one unit of an estimate line is. Every kind except <see cref="Other"/> can be narrowed in advice (s.16).</summary>
public enum UnitKind
{
    Records,
    Years,
    Files,
    Emails,
    Cases,
    Documents,

    /// <summary>A unit a requester cannot narrow by asking for fewer (e.g. one system search).</summary>
    Other,
}

public static class UnitKinds
{
    public static bool CanBeNarrowed(UnitKind kind) => kind != UnitKind.Other;

    /// <summary>"record"/"records" etc.; "unit"/"units" for <see cref="UnitKind.Other"/>.</summary>
    public static string Noun(UnitKind kind, long count)
    {
        var singular = kind switch
        {
            UnitKind.Records => "record",
            UnitKind.Years => "year",
            UnitKind.Files => "file",
            UnitKind.Emails => "email",
            UnitKind.Cases => "case",
            UnitKind.Documents => "document",
            UnitKind.Other => "unit",
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown unit kind."),
        };
        return count == 1 ? singular : singular + "s";
    }
}
