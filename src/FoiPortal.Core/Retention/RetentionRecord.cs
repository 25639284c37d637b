namespace FoiPortal.Core.Retention;

public enum RetentionAction
{
    /// <summary>The daily job purged the case's personal data under the schedule.</summary>
    Purged,

    /// <summary>An admin erased the requester's personal data on their request (UK GDPR Art 17).</summary>
    Erased,

    /// <summary>An admin exported the requester's personal data on a subject access request (UK GDPR Art 15).</summary>
    SubjectAccessExport,
}

/// <summary>
/// One line of the personal-data history: which case, what was done, when, under which rule and by whom. Never the
/// data itself (no name, email or address), so the history can be kept as long as the case's statistics.
/// </summary>
public sealed class RetentionRecord
{
    public const int RuleMaxLength = 300;

    private RetentionRecord()
    {
        Reference = string.Empty;
        Rule = string.Empty;
        Actor = string.Empty;
    }

    public RetentionRecord(int requestId, string reference, RetentionAction action, string rule, string actor, DateTimeOffset at)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reference);
        ArgumentException.ThrowIfNullOrWhiteSpace(rule);
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        RequestId = requestId;
        Reference = reference;
        Action = action;
        Rule = rule.Length <= RuleMaxLength ? rule : rule[..RuleMaxLength];
        Actor = actor;
        AtUtc = at.UtcDateTime;
    }

    public long Id { get; private set; }

    public int RequestId { get; private set; }

    public string Reference { get; private set; }

    public RetentionAction Action { get; private set; }

    /// <summary>Why, in words: "Case file: 3 years after the last action on 4 May 2023", "Erasure request".</summary>
    public string Rule { get; private set; }

    /// <summary>The admin's user name, or <see cref="JobActor"/>.</summary>
    public string Actor { get; private set; }

    public DateTime AtUtc { get; private set; }

    public const string JobActor = "Retention job (automatic)";
}
