using System.Globalization;
using FoiPortal.Core.Intake;

namespace FoiPortal.Web.Pages.Staff.Inbox;

/// <summary>How the inbox words statuses, reasons and times.</summary>
public static class InboxText
{
    public static string Describe(InboundStatus status) => status switch
    {
        InboundStatus.New => "New",
        InboundStatus.MadeRequest => "Made a request",
        InboundStatus.Filed => "Filed to a case",
        InboundStatus.NotARequest => "Not a request",
        InboundStatus.Unreadable => "Unreadable",
        _ => status.ToString(),
    };

    public static string Describe(NotARequestReason reason) => reason switch
    {
        NotARequestReason.Spam => "Spam",
        NotARequestReason.BusinessAsUsual => "Business as usual",
        NotARequestReason.SubjectAccessRequest => "Subject access request",
        NotARequestReason.AutomaticReply => "Automatic reply or bounce",
        _ => "Other",
    };

    public static string TagClass(InboundStatus status) => status switch
    {
        InboundStatus.New => "govuk-tag--blue",
        InboundStatus.Unreadable => "govuk-tag--red",
        InboundStatus.NotARequest => "govuk-tag--grey",
        _ => "govuk-tag--green",
    };

    /// <summary>"12 Nov 2026, 8:05am" in UK time.</summary>
    public static string Received(DateTime utc) => Infrastructure.UkDates.DateAndTime(utc);

    public static string Size(long bytes) => bytes switch
    {
        < 1024 => $"{bytes} bytes",
        < 1024 * 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0:0.#} KB"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024):0.#} MB"),
    };
}
