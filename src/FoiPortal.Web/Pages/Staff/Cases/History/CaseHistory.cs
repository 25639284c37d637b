using FoiPortal.Core.Data;
using FoiPortal.Core.Exemptions;
using FoiPortal.Core.Requests;
using FoiPortal.Core.Similarity;
using FoiPortal.Core.Statute;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace FoiPortal.Web.Pages.Staff.Cases.History;

/// <summary>
/// The requester's history on the case page (issue 18, docs/adr/021): their other requests and the possible repeat,
/// aggregation and campaign flags. The database narrows the candidates (same email, same surname, or a recent request
/// sharing the current one's rarest words); <see cref="RequesterHistory"/> compares them in memory.
/// </summary>
public static class CaseHistory
{
    /// <summary>Most requests of one requester listed; a prolific requester's oldest requests are left off.</summary>
    public const int MaxSameRequester = 200;

    /// <summary>Most recent requests compared for a campaign.</summary>
    public const int MaxCampaignCandidates = 500;

    public sealed record Query(int RequestId) : IQuery<Model?>;

    /// <param name="PersonalDataRemoved">The requester's data was removed: nothing can be matched to them.</param>
    /// <param name="Section14Refused">The case has a s.14 refusal recorded and is still open: it may be closed under s.17(6).</param>
    public sealed record Model(
        int RequestId, string Reference, bool PersonalDataRemoved, IReadOnlyList<RelatedRequest> SameRequester, IReadOnlyList<HistoryFlag> Flags, bool Section14Refused);

    public sealed class Handler(FoiDbContext db, ICalendarSource calendars, IConfiguration configuration) : IQueryHandler<Query, Model?>
    {
        public async ValueTask<Model?> Handle(Query query, CancellationToken cancellationToken)
        {
            var current = await Load(db.Requests.Where(r => r.Id == query.RequestId)).SingleOrDefaultAsync(cancellationToken);
            if (current is null)
            {
                return null;
            }

            var me = current.ToHistory();
            var candidates = new Dictionary<int, HistoryRequest>();
            if (!current.Removed)
            {
                await AddAsync(candidates, SameRequesterCandidates(current), cancellationToken);
            }

            await AddAsync(candidates, CampaignCandidates(current, me.Text), cancellationToken);
            var calendar = await calendars.ForRegimeAsync(current.Regime, cancellationToken);
            var minimum = Math.Max(2, configuration.GetValue("RequesterHistory:CampaignMinimum", RequesterHistory.DefaultCampaignMinimum));
            var result = RequesterHistory.Assess(me, candidates.Values, calendar, minimum);
            var section14 = FoiRequest.IsOpenStatus(current.Status) && await db.ExemptionDecisions.AnyAsync(
                d => d.FoiRequestId == current.Id && (d.Outcome == QuestionOutcome.Vexatious || d.Outcome == QuestionOutcome.Repeated), cancellationToken);
            return new Model(current.Id, current.Reference, current.Removed, result.SameRequester, result.Flags, section14);
        }

        private IQueryable<FoiRequest> SameRequesterCandidates(Row current)
        {
            var email = RequesterMatching.EmailKey(current.Email);
            var surname = RequesterMatching.Surname(current.Name);
            var others = db.Requests.Where(r => r.Id != current.Id && r.PersonalDataRemovedAtUtc == null);
            // ToLower is translated to SQL LOWER() on both providers, as for subject access (SubjectAccess.Of).
#pragma warning disable CA1304, CA1311, CA1862
            return others
                .Where(r => (email != null && r.Requester.Email.ToLower() == email)
                    || (surname != null && EF.Functions.Like(r.Requester.Name, "%" + surname + "%")))
#pragma warning restore CA1304, CA1311, CA1862
                .OrderByDescending(r => r.ReceivedOn).ThenByDescending(r => r.Id)
                .Take(MaxSameRequester);
        }

        /// <summary>
        /// Requests received within about 60 working days either side whose questions contain at least two of the current
        /// request's four longest content words: a near-identical request (80% of shingles) contains most of its words, and a
        /// greeting or signature unique to one campaigner ("To whom it may concern") cannot hide it.
        /// </summary>
        private IQueryable<FoiRequest>? CampaignCandidates(Row current, RequestText text)
        {
            // Folded words as the text has them: ASCII only (accents were folded away) and "injury" as "injur" (from "injuries").
            var words = current.Questions.SelectMany(q => RequestText.Words(q))
                .Where(w => w.Length >= 5 && w.All(char.IsAsciiLetterLower))
                .Select(w => w.EndsWith('y') ? w[..^1] : w)
                .Distinct(StringComparer.Ordinal).OrderByDescending(w => w.Length).ThenBy(w => w, StringComparer.Ordinal).Take(4)
                .Select(w => "%" + w + "%").ToList();
            if (words.Count < 2 || text.Shingles.Count < RequestText.ShingleSize)
            {
                return null;
            }

            // 60 working days is never more than 92 calendar days (weekends and at most 8 bank holidays in a run).
            var (from, to) = (current.ReceivedOn.AddDays(-92), current.ReceivedOn.AddDays(92));
            var (w0, w1) = (words[0], words[1]);
            var (has2, w2) = (words.Count > 2, words.Count > 2 ? words[2] : words[0]);
            var (has3, w3) = (words.Count > 3, words.Count > 3 ? words[3] : words[0]);
            return db.Requests
                .Where(r => r.Id != current.Id && r.ReceivedOn >= from && r.ReceivedOn <= to)
                .Where(r =>
                    (r.Questions.Any(q => EF.Functions.Like(q.Text, w0)) ? 1 : 0)
                    + (r.Questions.Any(q => EF.Functions.Like(q.Text, w1)) ? 1 : 0)
                    + (has2 && r.Questions.Any(q => EF.Functions.Like(q.Text, w2)) ? 1 : 0)
                    + (has3 && r.Questions.Any(q => EF.Functions.Like(q.Text, w3)) ? 1 : 0) >= 2)
                .OrderByDescending(r => r.ReceivedOn).ThenByDescending(r => r.Id)
                .Take(MaxCampaignCandidates);
        }

        private static async Task AddAsync(Dictionary<int, HistoryRequest> into, IQueryable<FoiRequest>? requests, CancellationToken ct)
        {
            if (requests is null)
            {
                return;
            }

            foreach (var row in await Load(requests).ToListAsync(ct))
            {
                into.TryAdd(row.Id, row.ToHistory());
            }
        }

        private static IQueryable<Row> Load(IQueryable<FoiRequest> requests) => requests.AsNoTracking().Select(r => new Row(
            r.Id,
            r.Reference,
            r.Regime,
            r.ReceivedOn,
            r.Title,
            r.Questions.OrderBy(q => q.Number).Select(q => q.Text).ToList(),
            r.Requester.Name,
            r.Requester.Email,
            r.Requester.PostalAddress,
            r.PersonalDataRemovedAtUtc != null,
            r.Status,
            r.ClockEvents.Where(e => e.Kind == ClockEventKind.ResponseSent).Max(e => (DateOnly?)e.On)));
    }

    private sealed record Row(
        int Id, string Reference, Regime Regime, DateOnly ReceivedOn, string Title, List<string> Questions,
        string Name, string Email, string? Address, bool Removed, RequestStatus Status, DateOnly? AnsweredOn)
    {
        public HistoryRequest ToHistory() => new(
            Id, Reference, Regime, ReceivedOn, Title, Questions, new RequesterIdentity(Name, Email, Address, Removed), Status.Describe(), AnsweredOn);
    }
}
