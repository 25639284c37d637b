using System.Globalization;
using FoiPortal.Core.DisclosureLog;
using FoiPortal.Core.Requests;
using FoiPortal.Core.Statute;
using Mediator;

namespace FoiPortal.Web.Pages.Staff.Cases;

/// <summary>The work queue's list: what it asks for and what it shows. The handler is in CaseList.Handler.cs.</summary>
public static partial class CaseList
{
    public const int PageSize = 25;
    public const int SearchMaxLength = 100;

    public static readonly IReadOnlyDictionary<QueueView, (string Slug, string Label)> ViewNames = new Dictionary<QueueView, (string, string)>
    {
        [QueueView.Mine] = ("mine", "My cases"),
        [QueueView.Unassigned] = ("unassigned", "Unassigned"),
        [QueueView.Open] = ("open", "All open"),
        [QueueView.DueSoon] = ("due-soon", $"Due within {DeadlineStatus.DueSoonWorkingDays} working days"),
        [QueueView.Overdue] = ("overdue", "Overdue"),
        [QueueView.All] = ("all", "All"),
        [QueueView.Regulator] = ("regulator", "Regulator"),
    };

    /// <summary>Raw query-string values: anything binds, and what does not parse is ignored. "Mine" is the signed-in user's.</summary>
    public sealed record Query(string? View, string? Search, string? Status, string? Regime, string? Officer, int Page, string? Waiting = null) : IQuery<Result>;

    /// <param name="DueOn">The statutory due date.</param>
    /// <param name="WorkingToOn">The date the officer is working to (the public interest target after a timely extension).</param>
    /// <param name="Deadline">On time, due soon, overdue, stopped or closed (<see cref="DeadlineStatus"/>).</param>
    public sealed record Row(
        int Id,
        string Reference,
        string Title,
        DateTime ReceivedAtUtc,
        DateOnly DueOn,
        DateOnly WorkingToOn,
        RequestStatus Status,
        Regime Regime,
        string? AssignedOfficer,
        CaseWorker? Officer,
        Guid Version,
        DeadlineState Deadline,
        Regulator.RegulatorQueue.Next? Regulator = null,
        IReadOnlyList<SnippetPart>? TitleParts = null,
        IReadOnlyList<SnippetPart>? Excerpt = null,
        IReadOnlyList<Consultations.WaitingOn.Entry>? WaitingOn = null)
    {
        public bool IsOpen => Deadline != DeadlineState.Closed;

        public bool WorkingToPublicInterestTarget => WorkingToOn != DueOn;
    }

    /// <param name="WaitingOnConsultation">Only cases with a consultation task still waiting for an answer (issue 18).</param>
    public sealed record Filters(RequestStatus? Status, Regime? Regime, string? Officer, string? Search, bool WaitingOnConsultation = false)
    {
        public bool Any => Status is not null || Regime is not null || Officer is not null || WaitingOnConsultation;
    }

    public sealed record Result(
        QueueView View,
        IReadOnlyList<Row> Rows,
        int Page,
        int TotalPages,
        int TotalCount,
        IReadOnlyDictionary<QueueView, int?> Counts,
        Filters Filters,
        IReadOnlyList<CaseWorker> Officers,
        DateOnly Today,
        DateOnly DueSoonBy)
    {
        public string? Search => Filters.Search;

        /// <summary>A full-text search: the rows are best match first (<see cref="ICaseSearch"/>).</summary>
        public bool IsRanked { get; init; }

        /// <summary>The queue URL for <paramref name="view"/> with the current filters (a shareable link).</summary>
        public string Link(QueueView view, int page = 1)
        {
            var parts = new List<string> { "view=" + ViewNames[view].Slug };
            if (!string.IsNullOrEmpty(Filters.Search))
            {
                parts.Add("q=" + Uri.EscapeDataString(Filters.Search));
            }

            if (Filters.Status is { } status)
            {
                parts.Add("status=" + status);
            }

            if (Filters.Regime is { } regime)
            {
                parts.Add("regime=" + regime.ToString().ToLowerInvariant());
            }

            if (Filters.Officer is { } officer)
            {
                parts.Add("officer=" + Uri.EscapeDataString(officer));
            }

            if (Filters.WaitingOnConsultation)
            {
                parts.Add("waiting=" + Consultations.WaitingOn.FilterValue);
            }

            if (page > 1)
            {
                parts.Add("page=" + page.ToString(CultureInfo.InvariantCulture));
            }

            return "/staff/cases?" + string.Join("&", parts);
        }
    }
}
