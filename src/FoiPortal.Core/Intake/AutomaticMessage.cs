namespace FoiPortal.Core.Intake;

/// <summary>The headers that tell an automatic message from a person's.</summary>
public sealed record MessageHeaders(
    string? FromAddress,
    string? Subject,
    string? AutoSubmitted,
    string? ReturnPath,
    string? ContentType,
    string? Precedence,
    bool HasXAutoReplyHeader);

/// <summary>Whether a message is a bounce or an auto-reply, and why (shown to staff).</summary>
public sealed record AutomaticMessage(bool IsAutomatic, string? Why)
{
    public static AutomaticMessage None { get; } = new(false, null);

    private static readonly string[] BounceSubjects =
    [
        "undeliverable:", "undelivered mail", "delivery status notification", "mail delivery failed", "returned mail:",
        "delivery failure", "failure notice",
    ];

    private static readonly string[] AutoReplySubjects = ["automatic reply:", "auto-reply:", "autoreply:", "out of office", "auto:"];

    /// <summary>
    /// RFC 3834 (Auto-Submitted), RFC 3464 delivery status reports, the null return path of bounces (RFC 5321 4.5.5),
    /// and the headers and subjects common mail systems add. Bounces and auto-replies must never become requests.
    /// </summary>
    public static AutomaticMessage Detect(MessageHeaders headers)
    {
        ArgumentNullException.ThrowIfNull(headers);
        var contentType = headers.ContentType?.ToLowerInvariant() ?? string.Empty;
        if (contentType.Contains("multipart/report", StringComparison.Ordinal) && contentType.Contains("delivery-status", StringComparison.Ordinal))
        {
            return new(true, "A delivery failure report (bounce)");
        }

        var from = headers.FromAddress?.Trim().ToLowerInvariant() ?? string.Empty;
        var local = from.Contains('@', StringComparison.Ordinal) ? from[..from.IndexOf('@', StringComparison.Ordinal)] : from;
        if (local is "mailer-daemon" or "postmaster" || headers.ReturnPath?.Trim() == "<>")
        {
            return new(true, "A delivery failure report (bounce)");
        }

        var subject = headers.Subject?.Trim().ToLowerInvariant() ?? string.Empty;
        if (BounceSubjects.Any(s => subject.StartsWith(s, StringComparison.Ordinal)))
        {
            return new(true, "A delivery failure report (bounce)");
        }

        var autoSubmitted = headers.AutoSubmitted?.Trim().ToLowerInvariant();
        if (!string.IsNullOrEmpty(autoSubmitted) && autoSubmitted != "no")
        {
            return new(true, "An automatic reply (Auto-Submitted)");
        }

        if (headers.HasXAutoReplyHeader || headers.Precedence?.Trim().ToLowerInvariant() is "auto_reply")
        {
            return new(true, "An automatic reply");
        }

        if (AutoReplySubjects.Any(s => subject.StartsWith(s, StringComparison.Ordinal)))
        {
            return new(true, "An automatic reply (out of office)");
        }

        return None;
    }
}
