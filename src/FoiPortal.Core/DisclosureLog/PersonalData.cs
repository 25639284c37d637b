namespace FoiPortal.Core.DisclosureLog;

/// <summary>Who asked: the details that must never appear in the public log. Any part may be missing (purged, not given).</summary>
public sealed record RequesterIdentity(string? Name, string? Email, string? PostalAddress)
{
    public static RequesterIdentity None { get; } = new(null, null, null);
}

public enum PersonalDataKind
{
    Name,
    Email,
    PostalAddress,

    /// <summary>An attachment whose text could not be read (e.g. a scanned PDF), so it cannot be shown to be free of them.</summary>
    Unreadable,
}

/// <summary>One place where the requester's details were found: what, where (field and line, or file, row and column), and the surrounding words with the match masked.</summary>
public sealed record PersonalDataFinding(PersonalDataKind Kind, string Where, string Excerpt)
{
    /// <summary>A GOV.UK-style sentence for an error summary, e.g. "The requester's name appears in Response, line 3: “Dear [name], thank you”".</summary>
    public string Message => Kind switch
    {
        PersonalDataKind.Name => $"The requester's name appears in {Where}: “{Excerpt}”",
        PersonalDataKind.Email => $"The requester's email address appears in {Where}: “{Excerpt}”",
        PersonalDataKind.PostalAddress => $"The requester's postal address appears in {Where}: “{Excerpt}”",
        _ => $"The text of {Where} could not be read to check it for the requester's details: {Excerpt}",
    };
}

/// <summary>
/// Publication was refused because the requester's details appear in what would be published. A disclosure log
/// must never publish a requester's identity (their name is personal data). Carries every finding, so the officer
/// can be shown all of them at once.
/// </summary>
public sealed class PersonalDataFoundException : Exception
{
    public PersonalDataFoundException(IReadOnlyList<PersonalDataFinding> findings)
        : base(Describe(findings)) => Findings = findings;

    public PersonalDataFoundException()
        : this([])
    {
    }

    public PersonalDataFoundException(string message)
        : base(message) => Findings = [];

    public PersonalDataFoundException(string message, Exception innerException)
        : base(message, innerException) => Findings = [];

    public IReadOnlyList<PersonalDataFinding> Findings { get; }

    private static string Describe(IReadOnlyList<PersonalDataFinding> findings) =>
        findings.Count == 1
            ? "This entry cannot be published: the requester's details appear in it once. Remove them and try again."
            : $"This entry cannot be published: the requester's details appear in it {findings.Count} times. Remove them and try again.";
}
