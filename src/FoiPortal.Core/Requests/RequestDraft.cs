namespace FoiPortal.Core.Requests;

/// <summary>
/// A request being written in the "make a request" journey, kept server-side between the form and the
/// check-answers page (the browser holds only its random id in a cookie). Submitting marks it submitted,
/// exactly once, so a double-clicked submit creates one request, not two. Purged after a day.
/// </summary>
public sealed class RequestDraft
{
    public RequestDraft(Guid id, DateTime createdAtUtc)
    {
        Id = id;
        CreatedAtUtc = createdAtUtc;
        FullName = string.Empty;
        Email = string.Empty;
        Title = string.Empty;
        QuestionsText = string.Empty;
    }

    public Guid Id { get; private set; }

    public DateTime CreatedAtUtc { get; private set; }

    public string FullName { get; set; }

    public string Email { get; set; }

    public string? PostalAddress { get; set; }

    public string? YourReference { get; set; }

    public string Title { get; set; }

    public string QuestionsText { get; set; }

    public PreferredFormat PreferredFormat { get; set; }

    public int? SubmittedRequestId { get; set; }

    /// <summary>Touched at the start of a submission so concurrent submissions of the same draft queue up on its row.</summary>
    public DateTime? LockedAtUtc { get; set; }
}
