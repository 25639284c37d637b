using FoiPortal.Core.Data;
using FoiPortal.Core.Exemptions;
using FoiPortal.Core.Requests;
using FoiPortal.Core.Statute;
using FoiPortal.Web.Infrastructure;
using Mediator;
using Microsoft.Extensions.Options;

namespace FoiPortal.Web.Pages.Staff.Cases.Exemptions;

/// <summary>The exemptions page's data: each question with its decisions, the choices, the notice preview, and what the officer may do now.</summary>
public static class ExemptionsPage
{
    public sealed record Query(int Id) : IQuery<Model?>;

    public sealed record Question(int Number, string Text, IReadOnlyList<ExemptionDecision> Decisions);

    public sealed record Model(
        CaseHeader Header,
        IReadOnlyList<Question> Questions,
        IReadOnlyList<ExemptionEntry> Choices,
        ExemptionCatalogue Catalogue,
        RefusalNotice? Notice,
        string? NoticeProblem,
        string? WhyNotEditable,
        int AwaitingSignOff,
        bool CanSubmit,
        bool CanExtendForPublicInterest) : CasePage(Header)
    {
        public int DecisionCount => Questions.Sum(q => q.Decisions.Count);
    }

    public sealed class Handler(FoiDbContext db, IExemptionCatalogueSource catalogues, IOptions<AuthorityOptions> authority) : IQueryHandler<Query, Model?>
    {
        public async ValueTask<Model?> Handle(Query query, CancellationToken cancellationToken)
        {
            if (await CaseHeader.LoadAsync(db, query.Id, cancellationToken) is not { } header)
            {
                return null;
            }

            var catalogue = await catalogues.GetAsync(cancellationToken);
            var decisions = await ExemptionDecisions.ForRequestAsync(db, header.Id, cancellationToken);
            var (notice, problem) = ExemptionDecisions.Compose(decisions, catalogue, header.Regime, authority.Value);
            var whyNot = CaseSteps.WhyNotEditable(CaseStep.ExemptionDecisions, header.Status);
            var waiting = decisions.Count(d => d.SignOff.IsOutstanding);
            return new Model(
                header,
                [.. header.Questions.Select(q => new Question(q.Number, q.Text, [.. decisions.Where(d => d.QuestionNumber == q.Number)]))],
                [.. catalogue.For(header.Regime).Where(e => e.Kind == EntryKind.Exemption)],
                catalogue,
                notice,
                problem,
                whyNot,
                waiting,
                whyNot is null && waiting > 0 && header.Status is RequestStatus.Received or RequestStatus.InProgress or RequestStatus.Returned,
                // FOIA s.10(3) only (EIR: reg 7; FOISA: none); the clock page decides whether it can be recorded now.
                ClockActions.WhyNoPublicInterestExtension(header.Regime, ClockActions.QualifiedExemptionEngaged(decisions, catalogue)) is null && whyNot is null && header.Status is not (RequestStatus.AwaitingClarification or RequestStatus.AwaitingFee));
        }
    }
}
