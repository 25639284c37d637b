using FoiPortal.Core.DisclosureLog;

namespace FoiPortal.Core.Similarity;

/// <summary>Why another request is thought to come from the same person.</summary>
public enum RequesterMatchBasis
{
    /// <summary>The same email address (trimmed, case-insensitive).</summary>
    Email,

    /// <summary>The same name and the same postcode.</summary>
    NameAndPostcode,

    /// <summary>The same name only: many people share a name.</summary>
    NameOnly,
}

/// <summary>How sure the match is; the officer decides what it means.</summary>
public enum MatchConfidence
{
    Possible,
    Likely,
    Certain,
}

/// <summary>A match between two requesters and how sure it is.</summary>
public sealed record RequesterMatch(RequesterMatchBasis Basis, MatchConfidence Confidence)
{
    /// <summary>"Same email address (certain)": what the case page shows.</summary>
    public string Describe() => Basis switch
    {
        RequesterMatchBasis.Email => "Same email address (certain)",
        RequesterMatchBasis.NameAndPostcode => "Same name and postcode (likely)",
        _ => "Same name only (possible)",
    };
}

/// <summary>What matching needs to know about a requester; <paramref name="PersonalDataRemoved"/> when retention removed it.</summary>
public sealed record RequesterIdentity(string? Name, string? Email, string? PostalAddress, bool PersonalDataRemoved = false);

/// <summary>
/// Whether two requests come from the same person: the same email address is certain; the same name with the same postcode
/// likely; the same name alone possible. Names are folded as the disclosure log's personal data check folds them (case,
/// accents, punctuation, titles such as "Mr" and "Dr", word order: "Smith, Jane" is "Jane Smith"). A request whose personal
/// data was removed (retention, docs/adr/018) has nothing left to match and never matches.
/// </summary>
public static class RequesterMatching
{
    private static readonly HashSet<string> Titles = new(StringComparer.Ordinal)
    {
        "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "sir", "dame", "rev", "revd", "lord", "lady",
    };

    public static RequesterMatch? Match(RequesterIdentity current, RequesterIdentity other)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(other);
        if (current.PersonalDataRemoved || other.PersonalDataRemoved)
        {
            return null;
        }

        if (EmailKey(current.Email) is { } email && email == EmailKey(other.Email))
        {
            return new(RequesterMatchBasis.Email, MatchConfidence.Certain);
        }

        if (NameKey(current.Name) is not { } name || name != NameKey(other.Name))
        {
            return null;
        }

        return PersonalDataCheck.FindPostcode(current.PostalAddress) is { } postcode && postcode == PersonalDataCheck.FindPostcode(other.PostalAddress)
            ? new(RequesterMatchBasis.NameAndPostcode, MatchConfidence.Likely)
            : new(RequesterMatchBasis.NameOnly, MatchConfidence.Possible);
    }

    /// <summary>The email address as compared: trimmed and lower case; null when blank.</summary>
    public static string? EmailKey(string? email) =>
        string.IsNullOrWhiteSpace(email) ? null : email.Trim().ToLowerInvariant();

    /// <summary>The name as compared: folded words, titles dropped, sorted; null when fewer than two words are left (a first name alone identifies no one).</summary>
    public static string? NameKey(string? name)
    {
        var words = MatchableText.From(name).Text
            .Split([' ', ',', '.', '-', '\''], StringSplitOptions.RemoveEmptyEntries)
            .Where(w => !Titles.Contains(w))
            .Order(StringComparer.Ordinal)
            .ToList();
        return words.Count < 2 ? null : string.Join(' ', words);
    }

    /// <summary>The last word of the name, folded: what the database narrows candidates by before matching.</summary>
    public static string? Surname(string? name)
    {
        var words = MatchableText.From(name).Text.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 2)
        {
            return null;
        }

        // "Smith, Jane": the surname comes first.
        return (name!.Contains(',', StringComparison.Ordinal) ? words[0] : words[^1]).Trim('.', '-', '\'');
    }
}
