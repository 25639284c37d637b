using FoiPortal.Core.Requests;
using FoiPortal.Core.Statute;

namespace FoiPortal.Core.Exemptions;

/// <summary>
/// Turns recorded decisions into the refusal notice FOIA s.17 requires: which provision applies (s.17(1)(b)), why
/// (s.17(1)(c)), the public interest reasons for qualified provisions (s.17(3)) unless s.17(4) applies, and the review
/// and complaint rights (s.17(7)). EIR reg 14 and FOISA s.16 are followed in the same shape, in their own terms.
/// NCND paragraphs never say whether anything is held.
/// </summary>
public static class RefusalNoticeWording
{
    public const string ResponseHeading = "Response";
    public const string ReasonsHeading = "Reasons for decision";
    public const string RightsHeading = "Your rights";

    private const string IcoContact = "Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF (ico.org.uk/make-a-complaint)";

    public static RefusalNotice Compose(IEnumerable<ExemptionDecision> decisions, ExemptionCatalogue catalogue, Regime regime, RefusalNoticeOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.AuthorityName))
        {
            throw new DomainException("Enter the authority's name for the refusal notice");
        }

        var ordered = decisions.OrderBy(d => d.QuestionNumber).ToList();
        var response = new List<NoticeParagraph>();
        var reasons = new List<NoticeParagraph>();

        // FOIA s.17(5): a refusal under s.12 or s.14 is stated as such; there is no public interest test.
        foreach (var outcome in new[] { QuestionOutcome.Vexatious, QuestionOutcome.Repeated, QuestionOutcome.CostLimitExceeded })
        {
            var questions = ordered.Where(d => d.Outcome == outcome).Select(d => d.QuestionNumber).Distinct().ToList();
            if (questions.Count > 0)
            {
                var earlier = ordered.Where(d => d.Outcome == outcome && d.EarlierRequestReference is not null)
                    .Select(d => (Reference: d.EarlierRequestReference!, ReceivedOn: d.EarlierRequestReceivedOn!.Value)).Distinct().ToList();
                ComposeRefusalGround(outcome, questions, catalogue, regime, response, reasons, earlier);
            }
        }

        foreach (var decision in ordered)
        {
            var entries = decision.Citations.Select(c => Entry(c.ExemptionKey, catalogue, regime)).ToList();
            switch (decision.Outcome)
            {
                case QuestionOutcome.Withheld:
                case QuestionOutcome.PartlyDisclosed:
                case QuestionOutcome.NeitherConfirmNorDeny:
                    ComposeExemptionDecision(decision, entries, regime, options, response, reasons);
                    break;
                case QuestionOutcome.NotHeld:
                    response.Add(new(NoticeParagraphKind.NotHeld, NotHeldText(decision, regime), [decision.QuestionNumber]));
                    break;
                default:
                    break;
            }
        }

        var sections = new List<NoticeSection>();
        if (response.Count > 0)
        {
            sections.Add(new(ResponseHeading, response));
        }

        if (reasons.Count > 0)
        {
            sections.Add(new(ReasonsHeading, reasons));
        }

        sections.Add(new(RightsHeading, Rights(regime, options)));
        return new RefusalNotice(sections);
    }

    private static void ComposeExemptionDecision(
        ExemptionDecision decision,
        List<ExemptionEntry> entries,
        Regime regime,
        RefusalNoticeOptions options,
        List<NoticeParagraph> response,
        List<NoticeParagraph> reasons)
    {
        var question = QuestionLabel([decision.QuestionNumber]);
        var isNcnd = decision.Outcome == QuestionOutcome.NeitherConfirmNorDeny;
        // Rule 7: cited to the paragraph ("section 31(1)(a) and (b)"); only s.23 with s.24 "in the alternative", the
        // other provisions of a several-provision NCND cited plainly alongside the pair.
        var cited = entries.Select((e, i) => decision.Citations[i].CiteIn(e)).ToList();
        var named = entries.Select((e, i) => $"{cited[i]} ({e.Title})").ToList();
        var inAlternative = entries.Select(e => decision.CitedInTheAlternative && ExemptionDecisionRules.IsAlternativePairMember(e.Key)).ToList();
        var pairNamed = named.Where((_, i) => inAlternative[i]).ToList();
        var othersNamed = named.Where((_, i) => !inAlternative[i]).ToList();
        var provisions = pairNamed.Count == 0
            ? JoinAnd(named)
            : othersNamed.Count == 0
                ? string.Join(" or, in the alternative, ", pairNamed)
                : $"{string.Join(" or, in the alternative, ", pairNamed)}, and {JoinAnd(othersNamed)}";
        var instrument = RegimeTerms.InstrumentName(regime);
        int[] questions = [decision.QuestionNumber];

        NoticeParagraph Paragraph(NoticeParagraphKind kind, string text, string? key = null) =>
            new(kind, text, questions, key, isNcnd);

        if (isNcnd)
        {
            var basis = regime == Regime.Foia
                ? $"The duty to confirm or deny in section 1(1)(a) of {instrument} does not apply, by virtue of {provisions}."
                : $"It does so under {provisions} of {instrument}.";
            response.Add(Paragraph(
                NoticeParagraphKind.NeitherConfirmNorDeny,
                $"{question}: {options.AuthorityName.Trim()} will neither confirm nor deny {NcndLanguage.HoldingClause(decision.InformationDescription)}. {basis} "
                + "This response should not be taken as an indication of whether or not information of the kind requested exists."));
        }
        else
        {
            var what = decision.InformationDescription ?? (decision.Outcome == QuestionOutcome.PartlyDisclosed ? "the rest" : "the information requested");
            var opening = decision.Outcome == QuestionOutcome.PartlyDisclosed
                ? $"{question}: we are providing some of the information requested. We are withholding {what}"
                : $"{question}: we are withholding {what}";
            response.Add(Paragraph(NoticeParagraphKind.Decision, $"{opening} under {provisions} of {instrument}."));
        }

        if (decision.CitedInTheAlternative)
        {
            response.Add(Paragraph(
                NoticeParagraphKind.InTheAlternative,
                $"We cite {JoinAnd(cited.Where((_, i) => inAlternative[i]))} in the alternative. Doing so does not indicate which of them applies, and no inference should be drawn from the order in which they are given."));
        }

        // FOIA s.17(4): reasons (s.17(1)(c)) and public interest reasons (s.17(3)) may be left out.
        if (decision.ReasonsWithheld)
        {
            reasons.Add(Paragraph(
                NoticeParagraphKind.ReasonsWithheld,
                $"{question}: we have not set out why {JoinAnd(cited)} {(entries.Count == 1 ? "applies" : "apply")}, or our public interest reasons, because giving them would itself disclose exempt information (section 17(4) of {instrument})."));
        }

        for (var i = 0; i < entries.Count; i++)
        {
            var entry = entries[i];
            var citation = decision.Citations[i];
            var subject = inAlternative[i] ? $"In so far as {cited[i]} applies, it" : RegimeTerms.Capitalise(cited[i]);

            if (!decision.ReasonsWithheld)
            {
                var officerReasons = citation.Reasons is null ? string.Empty : " " + citation.Reasons;
                reasons.Add(Paragraph(NoticeParagraphKind.Reasons, $"{question}, {named[i]}: {entry.StandardWording}{officerReasons}", entry.Key));

                if (citation.Harm is { } harm)
                {
                    reasons.Add(Paragraph(NoticeParagraphKind.Harm, $"We consider that {(isNcnd ? "confirming or denying" : "disclosure")} {HarmPhrase(entry, harm.Likelihood)} the interests that {cited[i]} protects. {harm.Prejudice}", entry.Key));
                }
            }

            // FOIA s.2(3): no public interest test for an absolute provision, unless a part relied on is qualified (s.2(3)(fa), (fb)).
            if (!ProvisionParagraphs.RequiresPublicInterestTest(entry, citation.ParagraphCodes))
            {
                reasons.Add(Paragraph(NoticeParagraphKind.NoPublicInterestTest, $"{subject} is an absolute {entry.Noun}, so there is no public interest test to apply.", entry.Key));
                continue;
            }

            var test = citation.PublicInterestTest!;
            var weighing = isNcnd
                ? "the public interest in maintaining the exclusion of the duty to confirm or deny outweighs the public interest in confirming or denying"
                : $"the public interest in maintaining the {entry.Noun} outweighs the public interest in disclosure";
            var presumption = regime == Regime.Eir ? " We have applied a presumption in favour of disclosure (regulation 12(2))." : string.Empty;
            if (decision.ReasonsWithheld)
            {
                reasons.Add(Paragraph(NoticeParagraphKind.PublicInterest, $"{subject} is a qualified {entry.Noun}. We have considered whether, in all the circumstances, {weighing}, and concluded that it does.{presumption}", entry.Key));
                continue;
            }

            reasons.Add(Paragraph(NoticeParagraphKind.PublicInterest, $"{subject} is a qualified {entry.Noun}, so we have considered whether, in all the circumstances, {weighing}.{presumption}", entry.Key));
            reasons.Add(Paragraph(NoticeParagraphKind.PublicInterest, $"{(isNcnd ? "Factors in favour of confirming or denying" : "Factors in favour of disclosure")}: {test.FactorsForDisclosure}", entry.Key));
            reasons.Add(Paragraph(NoticeParagraphKind.PublicInterest, $"{(isNcnd ? "Factors in favour of neither confirming nor denying" : $"Factors in favour of maintaining the {entry.Noun}")}: {test.FactorsForMaintaining}", entry.Key));
            reasons.Add(Paragraph(NoticeParagraphKind.PublicInterest, $"Our conclusion: {test.Conclusion}", entry.Key));
        }
    }

    private static void ComposeRefusalGround(
        QuestionOutcome outcome,
        List<int> questions,
        ExemptionCatalogue catalogue,
        Regime regime,
        List<NoticeParagraph> response,
        List<NoticeParagraph> reasons,
        List<(string Reference, DateOnly ReceivedOn)> earlier)
    {
        var ground = catalogue.RefusalGroundFor(outcome, regime)
            ?? throw new DomainException($"{RegimeTerms.Capitalise(RegimeTerms.WithArticle(regime))} request cannot be refused as {outcome}: choose an {RegimeTerms.Noun(regime)}");
        var label = QuestionLabel(questions);
        var instrument = RegimeTerms.InstrumentName(regime);

        switch (outcome)
        {
            case QuestionOutcome.CostLimitExceeded:
                response.Add(new(NoticeParagraphKind.CostLimit,
                    $"{label}: we are not obliged to comply, because the cost of compliance would exceed the appropriate limit ({ground.Citation} of {instrument}).",
                    questions, ground.Key));
                reasons.Add(new(NoticeParagraphKind.CostLimit,
                    $"[{label}: the cost estimate and our advice and assistance are inserted here from the cost estimate.]",
                    questions, ground.Key, IsPlaceholder: true));
                break;
            case QuestionOutcome.Vexatious:
                response.Add(new(NoticeParagraphKind.Vexatious,
                    $"{label}: we are refusing to comply under {ground.Citation} of {instrument} because we consider the request vexatious.",
                    questions, ground.Key));
                // s.14(1): the authority carries the burden of showing the request is vexatious (ICO guidance; Dransfield [2015] EWCA Civ 454).
                reasons.Add(new(NoticeParagraphKind.Vexatious,
                    $"{ground.StandardWording} In reaching this decision we weighed the burden that complying would place on us and our staff against the purpose and value of the request, and considered its context and history, including any earlier requests and correspondence from you. Section 14 involves no public interest test.",
                    questions, ground.Key));
                break;
            default:
                // s.14(2): the notice names the earlier request when the officer recorded it.
                var which = earlier.Count == 0
                    ? "an earlier request from you"
                    : "your earlier " + (earlier.Count == 1 ? "request " : "requests ")
                      + string.Join(" and ", earlier.OrderBy(e => e.ReceivedOn).Select(e => $"{e.Reference} of {e.ReceivedOn.ToString("d MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture)}"));
                response.Add(new(NoticeParagraphKind.Repeated,
                    $"{label}: we are refusing to comply under {ground.Citation} of {instrument} because the request is identical or substantially similar to {which}, which we have already answered, and a reasonable interval has not passed since.",
                    questions, ground.Key));
                reasons.Add(new(NoticeParagraphKind.Repeated, $"{ground.StandardWording} Section 14 involves no public interest test.", questions, ground.Key));
                break;
        }
    }

    private static string NotHeldText(ExemptionDecision decision, Regime regime)
    {
        var question = QuestionLabel([decision.QuestionNumber]);
        var what = decision.InformationDescription ?? "the information requested";
        return regime == Regime.Eir
            // EIR reg 12(4)(a): not held when the request was received is itself an exception.
            ? $"{question}: we did not hold {what} when your request was received, so regulation 12(4)(a) of {RegimeTerms.InstrumentName(regime)} applies."
            : $"{question}: we do not hold {what}.";
    }

    private static List<NoticeParagraph> Rights(Regime regime, RefusalNoticeOptions options)
    {
        var authority = options.AuthorityName.Trim();
        var contact = options.ReviewContact is { Length: > 0 } c ? $" by writing to {c.Trim()}" : string.Empty;
        var commissioner = options.CommissionerContact ?? (regime == Regime.Foisa ? null : IcoContact);
        var commissionerText = commissioner is null ? "." : $": {commissioner.Trim()}.";
        return regime switch
        {
            // FOISA s.20, s.21, s.47.
            Regime.Foisa =>
            [
                new(NoticeParagraphKind.InternalReview,
                    $"If you are unhappy with this response, you can require {authority} to review its decision under section 20 of {RegimeTerms.InstrumentName(regime)}{contact}. You must do so within 40 working days of receiving this response; we will reply within 20 working days (section 21).",
                    []),
                new(NoticeParagraphKind.Complaint,
                    $"If you remain dissatisfied after the review, you can apply to the Scottish Information Commissioner for a decision under section 47, normally within six months of receiving our review response{commissionerText}",
                    []),
            ],

            // EIR reg 11 (representations and reconsideration) and reg 18 (the Commissioner's powers under FOIA s.50).
            Regime.Eir =>
            [
                new(NoticeParagraphKind.InternalReview,
                    $"If you are unhappy with this response, you can ask {authority} to reconsider it under regulation 11 of {RegimeTerms.InstrumentName(regime)}{contact}. Please do so within 40 working days of the date of this response; we will tell you the outcome within 40 working days of receiving your request.",
                    []),
                new(NoticeParagraphKind.Complaint,
                    $"If you remain dissatisfied after the reconsideration, you have the right to complain to the Information Commissioner under section 50 of the Freedom of Information Act 2000, as applied by regulation 18{commissionerText}",
                    []),
            ],

            // FOIA s.17(7): the internal review procedure (s.45 Code of Practice) and the right to complain under s.50.
            _ =>
            [
                new(NoticeParagraphKind.InternalReview,
                    $"If you are unhappy with this response, you can ask {authority} for an internal review{contact}. Please ask within 40 working days of the date of this response. The review will be carried out by someone who was not involved in the original decision.",
                    []),
                new(NoticeParagraphKind.Complaint,
                    $"If you remain dissatisfied after the internal review, you have the right to complain to the Information Commissioner under section 50 of {RegimeTerms.InstrumentName(regime)}{commissionerText}",
                    []),
            ],
        };
    }

    private static string HarmPhrase(ExemptionEntry entry, Likelihood likelihood)
    {
        var modal = likelihood == Likelihood.Would ? "would" : "would be likely to";
        return entry.HarmTest switch
        {
            HarmTest.SubstantialPrejudice => $"{modal} prejudice substantially",
            HarmTest.AdverseEffect => "would adversely affect",
            _ => $"{modal} prejudice",
        };
    }

    private static ExemptionEntry Entry(string key, ExemptionCatalogue catalogue, Regime regime)
    {
        var entry = catalogue.Find(key) ?? throw new DomainException($"The catalogue has no entry '{key}'");
        if (entry.Regime != regime)
        {
            throw new DomainException($"{entry.CitationAtStart} ({RegimeTerms.ShortName(entry.Regime)}) cannot be used for {RegimeTerms.WithArticle(regime)} request");
        }

        return entry;
    }

    private static string QuestionLabel(List<int> numbers) =>
        numbers.Count == 1 ? $"Question {numbers[0]}" : $"Questions {JoinAnd(numbers.Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture)))}";

    private static string JoinAnd(IEnumerable<string> items)
    {
        var list = items.ToList();
        return list.Count <= 1 ? string.Join(string.Empty, list) : string.Join(", ", list.Take(list.Count - 1)) + " and " + list[^1];
    }
}
