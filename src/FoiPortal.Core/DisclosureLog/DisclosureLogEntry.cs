using FoiPortal.Core.Exemptions;
using FoiPortal.Core.Requests;
using FoiPortal.Core.Statute;

namespace FoiPortal.Core.DisclosureLog;

/// <summary>Reads the text of each page of a PDF, or returns null when it cannot (the web layer supplies one).</summary>
public delegate IReadOnlyList<string>? PdfTextReader(byte[] pdf);

/// <summary>
/// The aggregate root of the public disclosure log: one published response. It holds its own copy of the request and
/// response text and of its attachments, never the requester's identity. Its state changes only through the guarded
/// methods: Draft, then <see cref="Publish"/> (refused while the requester's details appear anywhere in it),
/// <see cref="Withdraw"/> (with a reason, kept in the audit trail) and <see cref="Correct"/> (a new version; the public
/// page then says when it was updated). Every change renews <see cref="ConcurrencyStamp"/>.
/// </summary>
public sealed class DisclosureLogEntry
{
    public const int TitleMaxLength = 200;
    public const int ReferenceMaxLength = 40;
    public const int TopicMaxLength = 80;
    public const int RequestTextMaxLength = 50_000;
    public const int ResponseTextMaxLength = 100_000;
    public const int ReasonTextMaxLength = 50_000;
    public const int MaxExemptions = 12;
    public const int MaxAttachments = 10;
    public const int ExemptionKeysMaxLength = 1_000;
    public const int SearchFacetsMaxLength = 2_000;

    private readonly List<DisclosureAttachment> _attachments = [];
    private readonly List<DisclosureLogEvent> _events = [];

    private DisclosureLogEntry()
    {
        Slug = string.Empty;
        Title = string.Empty;
        Reference = string.Empty;
        Topic = string.Empty;
        ExemptionKeys = string.Empty;
        RequestText = string.Empty;
        ResponseText = string.Empty;
        SearchFacets = string.Empty;
    }

    public int Id { get; private set; }

    /// <summary>The address on the public log, e.g. "online-grooming-62a-23" (<see cref="EntrySlug"/>); never changes.</summary>
    public string Slug { get; private set; }

    public string Title { get; private set; }

    /// <summary>The case reference as published, e.g. "62A/23".</summary>
    public string Reference { get; private set; }

    /// <summary>The date of the response (UK date).</summary>
    public DateOnly RespondedOn { get; private set; }

    public Regime Regime { get; private set; }

    /// <summary>One of the authority's configured topics.</summary>
    public string Topic { get; private set; }

    public DisclosureOutcome Outcome { get; private set; }

    /// <summary>The catalogue keys cited, stored as "|FOIA s.12|FOIA s.23(5)|" so "cites this key" is one LIKE on any database.</summary>
    public string ExemptionKeys { get; private set; }

    /// <summary>Catalogue keys, e.g. "FOIA s.23(5)", in the order cited.</summary>
    public IReadOnlyList<string> ExemptionsCited => KeysOf(ExemptionKeys);

    public string RequestText { get; private set; }

    public string ResponseText { get; private set; }

    /// <summary>"Reason for decision": why information was withheld or the request refused; optional.</summary>
    public string? ReasonText { get; private set; }

    /// <summary>The case the entry was prepared from, if any. The entry outlives it (retention may delete the case).</summary>
    public int? FoiRequestId { get; private set; }

    public EntryState State { get; private set; }

    public DateTime CreatedAtUtc { get; private set; }

    /// <summary>When the entry was first published; a re-publication after a withdrawal keeps it.</summary>
    public DateTime? PublishedAtUtc { get; private set; }

    /// <summary>When the entry was last corrected; null until the first correction.</summary>
    public DateTime? UpdatedAtUtc { get; private set; }

    /// <summary>1 for the entry as first written; each correction adds one.</summary>
    public int Version { get; private set; }

    /// <summary>Optimistic concurrency token, renewed on every change.</summary>
    public Guid ConcurrencyStamp { get; private set; }

    /// <summary>The filter values as index tokens (<see cref="DisclosureLog.SearchFacets"/>), kept in step with the content.</summary>
    public string SearchFacets { get; private set; }

    public IReadOnlyList<DisclosureAttachment> Attachments => _attachments;

    /// <summary>The append-only audit trail.</summary>
    public IReadOnlyList<DisclosureLogEvent> Events => _events;

    public bool IsPublic => State == EntryState.Published;

    /// <summary>The staff member who prepared the entry (its first event), or null when the audit trail was not loaded.</summary>
    public string? PreparedBy => _events.Find(e => e.Kind == EntryEventKind.Created)?.Actor;

    /// <summary>Who submitted the entry for approval, while it awaits approval.</summary>
    public string? SubmittedBy => State == EntryState.AwaitingApproval
        ? _events.Where(e => e.Kind == EntryEventKind.SubmittedForApproval).OrderBy(e => e.AtUtc).ThenBy(e => e.Id).LastOrDefault()?.Actor
        : null;

    public static DisclosureLogEntry CreateDraft(
        EntryContent content, string slug, int? foiRequestId, ExemptionCatalogue catalogue, string createdBy, DateTime atUtc)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(createdBy);
        if (!EntrySlug.IsWellFormed(slug))
        {
            throw new DomainException("The entry's address must be lower-case letters and digits separated by hyphens");
        }

        var entry = new DisclosureLogEntry
        {
            Slug = slug,
            FoiRequestId = foiRequestId,
            State = EntryState.Draft,
            CreatedAtUtc = atUtc,
            Version = 1,
        };
        entry.SetContent(content, catalogue, atUtc);
        entry._events.Add(new DisclosureLogEvent(EntryEventKind.Created, atUtc, createdBy, null, entry.Version));
        return entry;
    }

    /// <summary>Changes a draft. Once published, a change is a <see cref="Correct"/>ion, which the public can see.</summary>
    public void EditDraft(EntryContent content, ExemptionCatalogue catalogue, string by, DateTime atUtc)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(by);
        RequireState("edited as a draft", EntryState.Draft);
        SetContent(content, catalogue, atUtc);
        Record(EntryEventKind.Edited, atUtc, by, null);
    }

    /// <summary>Adds a file to a draft or a withdrawn entry (a published one changes only by correction). Names are unique within an entry.</summary>
    public void AddAttachment(DisclosureAttachment attachment, string by, DateTime atUtc)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(by);
        RequireState("given new attachments", EntryState.Draft, EntryState.Withdrawn);
        Attach(attachment);
        Record(EntryEventKind.Edited, atUtc, by, $"Attached {attachment.FileName}");
    }

    public void RemoveAttachment(string fileName, string by, DateTime atUtc)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(by);
        RequireState("changed", EntryState.Draft, EntryState.Withdrawn);
        var attachment = _attachments.Find(a => string.Equals(a.FileName, fileName, StringComparison.OrdinalIgnoreCase))
            ?? throw new DomainException($"The entry has no attachment called {fileName}");
        _attachments.Remove(attachment);
        Record(EntryEventKind.Edited, atUtc, by, $"Removed {attachment.FileName}");
    }

    /// <summary>
    /// Every place the requester's name, email or postal address appears in what would be published: the title,
    /// reference, texts, attachment names and attachment contents (CSV cell by cell; PDF through <paramref name="pdfText"/>).
    /// </summary>
    public IReadOnlyList<PersonalDataFinding> FindPersonalData(RequesterIdentity requester, PdfTextReader? pdfText = null)
    {
        var check = new PersonalDataCheck(requester);
        if (!check.HasAnythingToFind)
        {
            return [];
        }

        var findings = new List<PersonalDataFinding>();
        findings.AddRange(check.InText("the title", Title));
        findings.AddRange(check.InText("the reference", Reference));
        findings.AddRange(check.InText("the request", RequestText));
        findings.AddRange(check.InText("the response", ResponseText));
        findings.AddRange(check.InText("the reason for decision", ReasonText));
        foreach (var attachment in _attachments)
        {
            findings.AddRange(check.InAttachment(attachment.FileName, attachment.ContentType, attachment.Content, pdfText is null ? null : bytes => pdfText(bytes)));
        }

        return findings;
    }

    /// <summary>
    /// Puts the entry on the public log. Refused (<see cref="PersonalDataFoundException"/>, listing every place) while
    /// the requester's details appear anywhere in it: a disclosure log must never publish a requester's identity.
    /// Pass the case's requester for an entry prepared from a case; <see cref="RequesterIdentity.None"/> otherwise.
    /// When the authority requires approval (<paramref name="approvalRequired"/>), publishing directly is refused:
    /// the entry goes through <see cref="SubmitForApproval"/> and a manager's <see cref="Approve"/> instead.
    /// </summary>
    public void Publish(RequesterIdentity requester, string by, DateTime atUtc, PdfTextReader? pdfText = null, bool approvalRequired = false)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(by);
        RequireState("published", EntryState.Draft, EntryState.Withdrawn);
        if (approvalRequired)
        {
            throw new DomainException("Publication needs a manager's approval: submit the entry for approval instead");
        }

        ThrowIfPersonalData(requester, pdfText);
        PutOnTheLog(by, atUtc);
    }

    /// <summary>
    /// Asks a manager to approve publication (a draft, or a withdrawn entry to go back on the log). The personal-data
    /// check runs now as well as at approval, so the officer fixes every finding before a manager is asked.
    /// </summary>
    public void SubmitForApproval(RequesterIdentity requester, string by, DateTime atUtc, PdfTextReader? pdfText = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(by);
        RequireState("submitted for approval", EntryState.Draft, EntryState.Withdrawn);
        ThrowIfPersonalData(requester, pdfText);
        State = EntryState.AwaitingApproval;
        Record(EntryEventKind.SubmittedForApproval, atUtc, by, null);
    }

    /// <summary>
    /// A manager approves: the entry is published. Nobody approves an entry they prepared or submitted (separation of
    /// duties, as for sign-off of case decisions). The check runs again: the requester's details may have changed.
    /// The caller has checked that <paramref name="manager"/> holds the Manager role.
    /// </summary>
    public void Approve(RequesterIdentity requester, string manager, DateTime atUtc, PdfTextReader? pdfText = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(manager);
        RequireState("approved", EntryState.AwaitingApproval);
        RequireSomeoneElse(manager, "approve");
        ThrowIfPersonalData(requester, pdfText);
        Record(EntryEventKind.Approved, atUtc, manager, null);
        PutOnTheLog(manager, atUtc);
    }

    /// <summary>A manager sends the entry back with a comment: it returns to what it was (a draft, or withdrawn).</summary>
    public void ReturnFromApproval(string manager, string comment, DateTime atUtc)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(manager);
        var why = comment?.Trim() ?? string.Empty;
        if (why.Length == 0)
        {
            throw new DomainException("Enter a comment saying what needs to change");
        }

        if (why.Length > DisclosureLogEvent.DetailMaxLength)
        {
            throw new DomainException($"The comment must be {DisclosureLogEvent.DetailMaxLength:N0} characters or fewer");
        }

        RequireState("returned", EntryState.AwaitingApproval);
        RequireSomeoneElse(manager, "return");
        // Only a published entry has a publication date, so one without was a draft when it was submitted.
        State = PublishedAtUtc is null ? EntryState.Draft : EntryState.Withdrawn;
        Record(EntryEventKind.ReturnedFromApproval, atUtc, manager, why);
    }

    private void RequireSomeoneElse(string manager, string action)
    {
        if (string.Equals(manager, PreparedBy, StringComparison.OrdinalIgnoreCase) || string.Equals(manager, SubmittedBy, StringComparison.OrdinalIgnoreCase))
        {
            throw new DomainException($"You prepared or submitted this entry, so another manager must {action} it");
        }
    }

    private void PutOnTheLog(string by, DateTime atUtc)
    {
        State = EntryState.Published;
        PublishedAtUtc ??= atUtc;
        Record(EntryEventKind.Published, atUtc, by, null);
    }

    /// <summary>Takes the entry off the public log (its page then answers 404). The reason is kept in the audit trail, never shown.</summary>
    public void Withdraw(string reason, string by, DateTime atUtc)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(by);
        var why = reason?.Trim() ?? string.Empty;
        if (why.Length == 0)
        {
            throw new DomainException("Enter the reason for withdrawing the entry");
        }

        if (why.Length > DisclosureLogEvent.DetailMaxLength)
        {
            throw new DomainException($"The reason must be {DisclosureLogEvent.DetailMaxLength:N0} characters or fewer");
        }

        RequireState("withdrawn", EntryState.Published);
        State = EntryState.Withdrawn;
        Record(EntryEventKind.Withdrawn, atUtc, by, why);
    }

    /// <summary>
    /// A correction to a published (or withdrawn) entry: a new version, dated, with a note of what changed. Its address
    /// stays. A correction that would put the requester's details on the public log is refused, like publication.
    /// <paramref name="attachments"/> replaces the files when given; null keeps them.
    /// </summary>
    public void Correct(
        EntryContent content,
        string note,
        RequesterIdentity requester,
        ExemptionCatalogue catalogue,
        string by,
        DateTime atUtc,
        IReadOnlyList<DisclosureAttachment>? attachments = null,
        PdfTextReader? pdfText = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(by);
        var what = note?.Trim() ?? string.Empty;
        if (what.Length == 0)
        {
            throw new DomainException("Enter a note of what was corrected");
        }

        if (what.Length > DisclosureLogEvent.DetailMaxLength)
        {
            throw new DomainException($"The note must be {DisclosureLogEvent.DetailMaxLength:N0} characters or fewer");
        }

        RequireState("corrected", EntryState.Published, EntryState.Withdrawn);
        var before = Snapshot();
        try
        {
            SetContent(content, catalogue, atUtc);
            if (attachments is not null)
            {
                _attachments.Clear();
                foreach (var attachment in attachments)
                {
                    Attach(attachment);
                }
            }

            if (State == EntryState.Published)
            {
                ThrowIfPersonalData(requester, pdfText);
            }
        }
        catch
        {
            // A refused correction leaves the entry exactly as it was.
            Restore(before);
            throw;
        }

        Version++;
        UpdatedAtUtc = atUtc;
        Record(EntryEventKind.Corrected, atUtc, by, what);
    }

    /// <summary>"|A|B|" to [A, B].</summary>
    public static IReadOnlyList<string> KeysOf(string? stored) =>
        (stored ?? string.Empty).Split('|', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>The stored form of one key, for "cites this key" queries: LIKE '%' + this + '%'.</summary>
    public static string StoredKey(string key) => "|" + key + "|";

    private void ThrowIfPersonalData(RequesterIdentity requester, PdfTextReader? pdfText)
    {
        var findings = FindPersonalData(requester, pdfText);
        if (findings.Count > 0)
        {
            throw new PersonalDataFoundException(findings);
        }
    }

    private void Attach(DisclosureAttachment attachment)
    {
        if (_attachments.Exists(a => string.Equals(a.FileName, attachment.FileName, StringComparison.OrdinalIgnoreCase)))
        {
            throw new DomainException($"The entry already has an attachment called {attachment.FileName}");
        }

        if (_attachments.Count >= MaxAttachments)
        {
            throw new DomainException($"An entry can have at most {MaxAttachments} attachments");
        }

        _attachments.Add(attachment);
    }

    private void RequireState(string action, params EntryState[] allowed)
    {
        if (!allowed.Contains(State))
        {
            throw new DomainException($"This entry is {Describe(State)}, so it cannot be {action}");
        }
    }

    private static string Describe(EntryState state) => state switch
    {
        EntryState.Draft => "a draft",
        EntryState.Published => "published",
        EntryState.AwaitingApproval => "awaiting a manager's approval",
        _ => "withdrawn",
    };

    private void Record(EntryEventKind kind, DateTime atUtc, string by, string? detail)
    {
        _events.Add(new DisclosureLogEvent(kind, atUtc, by, detail, Version));
        ConcurrencyStamp = Guid.NewGuid();
    }

    private void SetContent(EntryContent content, ExemptionCatalogue catalogue, DateTime atUtc)
    {
        var title = SingleLine(content.Title, TitleMaxLength, "title");
        var reference = SingleLine(content.Reference, ReferenceMaxLength, "reference");
        var topic = SingleLine(content.Topic, TopicMaxLength, "topic");
        if (content.RespondedOn == default)
        {
            throw new DomainException("Enter the date of the response");
        }

        if (content.RespondedOn > UkLocalDate.FromInstant(new DateTimeOffset(DateTime.SpecifyKind(atUtc, DateTimeKind.Utc))))
        {
            throw new DomainException("The date of the response cannot be in the future");
        }

        if (!Enum.IsDefined(content.Outcome) || !Enum.IsDefined(content.Regime))
        {
            throw new DomainException("Select the outcome of the request");
        }

        var keys = CanonicalKeys(content.ExemptionsCited, catalogue);
        CheckOutcomeAgainstKeys(content.Outcome, content.Regime, keys, catalogue);

        Title = title;
        Reference = reference;
        Topic = topic;
        RespondedOn = content.RespondedOn;
        Regime = content.Regime;
        Outcome = content.Outcome;
        ExemptionKeys = keys.Count == 0 ? string.Empty : "|" + string.Join('|', keys) + "|";
        RequestText = Text(content.RequestText, RequestTextMaxLength, "request", required: true)!;
        ResponseText = Text(content.ResponseText, ResponseTextMaxLength, "response", required: true)!;
        ReasonText = Text(content.ReasonText, ReasonTextMaxLength, "reason for decision", required: false);
        SearchFacets = DisclosureLog.SearchFacets.For(RespondedOn, Topic, Outcome, keys);
    }

    private static List<string> CanonicalKeys(IReadOnlyList<string>? cited, ExemptionCatalogue catalogue)
    {
        var keys = new List<string>();
        foreach (var raw in cited ?? [])
        {
            if (string.IsNullOrWhiteSpace(raw))
            {
                continue;
            }

            var entry = catalogue.Find(raw) ?? throw new DomainException($"“{raw.Trim()}” is not in the exemptions catalogue: cite a key such as “FOIA s.23(5)”");
            if (!keys.Contains(entry.Key))
            {
                keys.Add(entry.Key);
            }
        }

        if (keys.Count > MaxExemptions)
        {
            throw new DomainException($"An entry can cite at most {MaxExemptions} exemptions");
        }

        return keys;
    }

    /// <summary>The outcome and the provisions cited must tell the same story (FOIA s.17(1): a refusal states the exemption relied on).</summary>
    private static void CheckOutcomeAgainstKeys(DisclosureOutcome outcome, Regime regime, List<string> keys, ExemptionCatalogue catalogue)
    {
        var entries = keys.Select(k => catalogue.Find(k)!).ToList();
        switch (outcome)
        {
            case DisclosureOutcome.GrantedInFull when keys.Count > 0:
                throw new DomainException("An entry granted in full cites no exemption: choose “Partly granted” or remove the exemptions");
            case DisclosureOutcome.PartlyGranted or DisclosureOutcome.Withheld when keys.Count == 0:
                // FOIA s.17(1)(b): a refusal notice specifies the exemption.
                throw new DomainException("Cite the exemptions relied on to withhold information");
            case DisclosureOutcome.NeitherConfirmNorDeny when !entries.Exists(e => e.IsNeitherConfirmNorDeny):
                // FOIA s.17(1): the notice states the provision that excludes the duty to confirm or deny (s.1(1)(a)).
                throw new DomainException("Cite the provision that allows neither confirming nor denying, such as “FOIA s.23(5)”");
            case DisclosureOutcome.CostLimit when !entries.Exists(e => IsCostGround(e, regime)):
                // FOIA and FOISA s.12; under the EIR the cost of compliance falls under reg 12(4)(b).
                throw new DomainException(regime == Regime.Eir
                    ? "Cite regulation 12(4)(b) (manifestly unreasonable) for a refusal on grounds of cost under the EIR"
                    : "Cite section 12 (cost of compliance) for a refusal on grounds of cost");
            default:
                return;
        }
    }

    private static bool IsCostGround(ExemptionEntry entry, Regime regime) =>
        regime == Regime.Eir ? entry.Key == ExemptionEntry.KeyFor(Regime.Eir, "12(4)(b)") : entry.Key == ExemptionEntry.KeyFor(entry.Regime, "12");

    private static string SingleLine(string? value, int maxLength, string label)
    {
        var text = (value ?? string.Empty).Trim();
        if (text.Length == 0)
        {
            throw new DomainException($"Enter the {label}");
        }

        if (text.Length > maxLength)
        {
            throw new DomainException($"The {label} must be {maxLength:N0} characters or fewer");
        }

        if (text.Any(char.IsControl))
        {
            throw new DomainException($"The {label} must be on one line, without hidden characters");
        }

        return text;
    }

    private static string? Text(string? value, int maxLength, string label, bool required)
    {
        var text = (value ?? string.Empty).Replace("\r\n", "\n", StringComparison.Ordinal).Trim();
        if (text.Length == 0)
        {
            return required ? throw new DomainException($"Enter the {label}") : null;
        }

        if (text.Length > maxLength)
        {
            throw new DomainException($"The {label} must be {maxLength:N0} characters or fewer");
        }

        if (text.Any(c => char.IsControl(c) && c is not '\n' and not '\t'))
        {
            throw new DomainException($"The {label} must not include hidden or control characters");
        }

        return text;
    }

    private (string Title, string Reference, string Topic, DateOnly RespondedOn, Regime Regime, DisclosureOutcome Outcome, string Keys,
        string Request, string Response, string? Reason, string Facets, List<DisclosureAttachment> Attachments) Snapshot() =>
        (Title, Reference, Topic, RespondedOn, Regime, Outcome, ExemptionKeys, RequestText, ResponseText, ReasonText, SearchFacets, [.. _attachments]);

    private void Restore((string Title, string Reference, string Topic, DateOnly RespondedOn, Regime Regime, DisclosureOutcome Outcome, string Keys,
        string Request, string Response, string? Reason, string Facets, List<DisclosureAttachment> Attachments) s)
    {
        (Title, Reference, Topic, RespondedOn, Regime, Outcome, ExemptionKeys, RequestText, ResponseText, ReasonText, SearchFacets) =
            (s.Title, s.Reference, s.Topic, s.RespondedOn, s.Regime, s.Outcome, s.Keys, s.Request, s.Response, s.Reason, s.Facets);
        _attachments.Clear();
        _attachments.AddRange(s.Attachments);
    }
}
