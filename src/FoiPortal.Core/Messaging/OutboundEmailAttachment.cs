namespace FoiPortal.Core.Messaging;

/// <summary>
/// A document an outbox email carries: a reference to a stored <see cref="Responses.ResponseDocument"/>, which is
/// immutable once written, rather than a copy of its bytes, so a response with several megabytes of datasets is not
/// stored twice. The dispatcher reads the bytes when it builds the message; the database refuses to delete a document
/// an email still refers to.
/// </summary>
public sealed class OutboundEmailAttachment
{
    private OutboundEmailAttachment()
    {
    }

    internal OutboundEmailAttachment(int position, long? responseDocumentId, int? internalReviewId = null)
    {
        if ((responseDocumentId is null) == (internalReviewId is null))
        {
            throw new ArgumentException("An attachment refers to exactly one stored document.", nameof(internalReviewId));
        }

        Position = position;
        ResponseDocumentId = responseDocumentId;
        InternalReviewId = internalReviewId;
    }

    public long Id { get; private set; }

    public long OutboundEmailId { get; private set; }

    /// <summary>1, 2, ...: the order the files are attached in.</summary>
    public int Position { get; private set; }

    public long? ResponseDocumentId { get; private set; }

    /// <summary>The internal review whose outcome letter (<c>InternalReview.OutcomeLetterPdf</c>) is attached.</summary>
    public int? InternalReviewId { get; private set; }
}
