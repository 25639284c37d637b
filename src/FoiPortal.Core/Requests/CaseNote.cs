namespace FoiPortal.Core.Requests;

/// <summary>
/// A note on a case for colleagues (issue 18): plain text with who wrote it and when. Notes are internal working
/// papers: no letter, disclosure log entry, statistic or page the requester sees ever reads them (though, like the
/// rest of the case file, they may themselves be requested, so they are written to be read). Its author may correct a
/// note for <see cref="EditWindow"/> after writing it; after that it is fixed, so the case record cannot be rewritten
/// later. Each correction keeps the text it replaced (<see cref="Revisions"/>).
/// </summary>
public sealed class CaseNote
{
    public const int TextMaxLength = 4_000;

    public static readonly TimeSpan EditWindow = TimeSpan.FromMinutes(15);

    private readonly List<CaseNoteRevision> _revisions = [];

    private CaseNote()
    {
        Author = string.Empty;
        Text = string.Empty;
    }

    public CaseNote(int foiRequestId, string author, string text, DateTime atUtc)
    {
        if (string.IsNullOrWhiteSpace(author))
        {
            throw new ArgumentException("A note needs its author.", nameof(author));
        }

        FoiRequestId = foiRequestId;
        Author = author;
        Text = Checked(text);
        WrittenAtUtc = atUtc;
    }

    public int Id { get; private set; }

    public int FoiRequestId { get; private set; }

    /// <summary>The user name of the member of staff who wrote it.</summary>
    public string Author { get; private set; }

    public string Text { get; private set; }

    public DateTime WrittenAtUtc { get; private set; }

    /// <summary>When its author last corrected it, or null.</summary>
    public DateTime? EditedAtUtc { get; private set; }

    /// <summary>The texts it had before each correction, oldest first.</summary>
    public IReadOnlyList<CaseNoteRevision> Revisions => _revisions;

    /// <summary>From this instant the note can no longer be changed.</summary>
    public DateTime FixedFromUtc => WrittenAtUtc + EditWindow;

    /// <summary>Why <paramref name="actor"/> cannot change the note now, or null when they can.</summary>
    public string? WhyNotEdit(string actor, DateTime nowUtc)
    {
        if (!string.Equals(actor, Author, StringComparison.OrdinalIgnoreCase))
        {
            return "Only the person who wrote a note can change it";
        }

        return nowUtc >= FixedFromUtc
            ? $"A note can be changed only in the {EditWindow.TotalMinutes:0} minutes after it is written: this one is now fixed"
            : null;
    }

    public bool CanEdit(string actor, DateTime nowUtc) => WhyNotEdit(actor, nowUtc) is null;

    public void Edit(string actor, string text, DateTime nowUtc)
    {
        if (WhyNotEdit(actor, nowUtc) is { } why)
        {
            throw new DomainException(why);
        }

        var changed = Checked(text);
        if (changed == Text)
        {
            return;
        }

        _revisions.Add(new CaseNoteRevision(Text, EditedAtUtc ?? WrittenAtUtc));
        Text = changed;
        EditedAtUtc = nowUtc;
    }

    /// <summary>Why the text cannot be a note, or null (one rule for the form's validator and the entity).</summary>
    public static string? WhyNotText(string? text) =>
        string.IsNullOrWhiteSpace(text) ? "Enter the note"
        : text.Trim().Length > TextMaxLength ? $"The note must be {TextMaxLength:N0} characters or fewer"
        : null;

    private static string Checked(string? text) =>
        WhyNotText(text) is { } why ? throw new DomainException(why) : text!.Trim();
}

/// <summary>A note's text before a correction, and when that text was written.</summary>
public sealed class CaseNoteRevision
{
    private CaseNoteRevision()
    {
        Text = string.Empty;
    }

    internal CaseNoteRevision(string text, DateTime writtenAtUtc)
    {
        Text = text;
        WrittenAtUtc = writtenAtUtc;
    }

    public int Id { get; private set; }

    public string Text { get; private set; }

    public DateTime WrittenAtUtc { get; private set; }
}
