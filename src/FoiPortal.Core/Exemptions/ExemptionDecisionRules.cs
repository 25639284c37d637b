using FoiPortal.Core.Requests;
using FoiPortal.Core.Statute;

namespace FoiPortal.Core.Exemptions;

/// <summary>The rules a decision must meet before it is recorded, and whether it needs a manager's sign-off.</summary>
public static class ExemptionDecisionRules
{
    private static readonly HashSet<string> AlternativeNcndPair = new(StringComparer.OrdinalIgnoreCase) { "FOIA s.23(5)", "FOIA s.24(2)" };
    private static readonly HashSet<string> AlternativeWithholdingPair = new(StringComparer.OrdinalIgnoreCase) { "FOIA s.23(1)", "FOIA s.24(1)" };

    /// <summary>Whether the key is one of the pairs FOIA lets an authority cite in the alternative (s.23(5)/s.24(2), s.23(1)/s.24(1)).</summary>
    public static bool IsAlternativePairMember(string key) => AlternativeNcndPair.Contains(key) || AlternativeWithholdingPair.Contains(key);

    /// <summary>
    /// Every problem with the draft, one per field, in the order the fields appear on the form; empty when the
    /// decision can be recorded.
    /// </summary>
    public static IReadOnlyList<DecisionError> Validate(ExemptionDecisionDraft draft, Regime regime, ExemptionCatalogue catalogue)
    {
        var errors = new List<DecisionError>();
        var noun = RegimeTerms.Noun(regime);

        if (draft.QuestionNumber < 1 || draft.QuestionNumber > FoiRequest.MaxQuestions)
        {
            errors.Add(new("QuestionNumber", $"Enter a question number between 1 and {FoiRequest.MaxQuestions}"));
        }

        var outcome = draft.Outcome;
        if (outcome is null)
        {
            errors.Add(new("Outcome", "Choose the outcome for this question"));
            return errors;
        }

        // EIR: no cost limit and no s.14; reg 12(4)(b) (manifestly unreasonable) covers both.
        if (regime == Regime.Eir && outcome is QuestionOutcome.CostLimitExceeded or QuestionOutcome.Vexatious or QuestionOutcome.Repeated)
        {
            var section = outcome == QuestionOutcome.CostLimitExceeded ? "12" : "14";
            errors.Add(new("Outcome", $"Section {section} (FOIA) cannot be used for an EIR request: choose an EIR exception"));
            return errors;
        }

        var isNcnd = outcome == QuestionOutcome.NeitherConfirmNorDeny;
        if (ExemptionDecision.Blank(draft.InformationDescription) is false
            && draft.InformationDescription!.Trim().Length > ExemptionDecision.InformationDescriptionMaxLength)
        {
            errors.Add(new("InformationDescription", $"The description of the information must be {ExemptionDecision.InformationDescriptionMaxLength} characters or fewer"));
        }
        else if (isNcnd && NcndLanguage.FindImplication(draft.InformationDescription) is { } leak)
        {
            errors.Add(new("InformationDescription", NcndLanguage.Message("the description of the information", leak)));
        }

        ValidateEarlierRequest(draft, outcome.Value, errors);

        var needsExemption = outcome is QuestionOutcome.Withheld or QuestionOutcome.PartlyDisclosed or QuestionOutcome.NeitherConfirmNorDeny;
        if (needsExemption && draft.Citations.Count == 0)
        {
            errors.Add(new("Citations", isNcnd
                ? $"Choose the neither confirm nor deny {noun} you are relying on"
                : $"Choose the {noun} you are relying on"));
            return errors;
        }

        if (!needsExemption && draft.Citations.Count > 0)
        {
            errors.Add(new("Citations", $"Remove the {noun}s: {OutcomePhrase(outcome.Value, regime)} does not rely on any"));
            return errors;
        }

        var entries = new List<ExemptionEntry>();
        var keysSeen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < draft.Citations.Count; i++)
        {
            var entry = ValidateCitation(draft.Citations[i], $"Citations[{i}].", outcome.Value, regime, catalogue, keysSeen, errors);
            if (entry is not null)
            {
                entries.Add(entry);
            }
        }

        var allResolved = entries.Count == draft.Citations.Count;
        if (allResolved && isNcnd && regime == Regime.Foisa)
        {
            ValidateFoisaNcnd(entries, errors);
        }

        if (draft.CitedInTheAlternative && allResolved)
        {
            var keys = entries.Select(e => e.Key).ToHashSet(StringComparer.OrdinalIgnoreCase);
            var pair = isNcnd ? AlternativeNcndPair : AlternativeWithholdingPair;
            // ICO: s.23 and s.24 may be cited in the alternative; other provisions (e.g. s.30(3), s.31(3), s.40(5B) in a
            // police NCND) may stand alongside the pair, but are cited plainly.
            if (!pair.IsSubsetOf(keys))
            {
                errors.Add(new("CitedInTheAlternative", isNcnd
                    ? "Only section 23(5) and section 24(2) can be cited in the alternative: cite both of them, or untick 'in the alternative'"
                    : "Only section 23(1) and section 24(1) can be cited in the alternative: cite both of them, or untick 'in the alternative'"));
            }
        }

        if (draft.ReasonsWithheld)
        {
            if (regime != Regime.Foia)
            {
                // FOIA s.17(4) has no counterpart in EIR reg 14 (reasons are always required, reg 14(3)); not modelled for FOISA.
                errors.Add(new("ReasonsWithheld", $"Reasons can only be left out under section 17(4) for a FOIA request: give the reasons for this {RegimeTerms.WithArticle(regime)} request"));
            }
            else if (!needsExemption)
            {
                errors.Add(new("ReasonsWithheld", "Reasons can only be left out under section 17(4) when an exemption is relied on: untick 'leave out the reasons'"));
            }
        }

        return errors;
    }

    /// <summary>
    /// Manager sign-off: every NCND decision, and any decision citing a provision the authority treats as sensitive
    /// (by default s.23, s.24 and every NCND provision). An unknown key fails safe and needs sign-off.
    /// </summary>
    public static bool RequiresSignOff(ExemptionDecision decision, ExemptionCatalogue catalogue) =>
        decision.Outcome == QuestionOutcome.NeitherConfirmNorDeny
        || IsSection14(decision.Outcome)
        || decision.Citations.Any(c => catalogue.Find(c.ExemptionKey) is not { } entry || entry.IsSensitive || entry.IsNeitherConfirmNorDeny);

    /// <summary>
    /// FOIA s.14(2): a repeated request may name the earlier request (its reference and date go in the notice). It must be
    /// another request from the same person that the authority has already answered ("previously complied with").
    /// </summary>
    private static void ValidateEarlierRequest(ExemptionDecisionDraft draft, QuestionOutcome outcome, List<DecisionError> errors)
    {
        const string Field = nameof(ExemptionDecisionDraft.EarlierRequestReference);
        if (ExemptionDecision.Blank(draft.EarlierRequestReference))
        {
            return;
        }

        var reference = draft.EarlierRequestReference!.Trim();
        if (outcome != QuestionOutcome.Repeated)
        {
            errors.Add(new(Field, "Only a refusal as repeated (section 14(2)) names an earlier request: remove the reference"));
        }
        else if (draft.EarlierRequest is not { } earlier)
        {
            errors.Add(new(Field, $"There is no request with the reference {Cut(reference)}"));
        }
        else if (!earlier.SameRequester)
        {
            errors.Add(new(Field, $"Request {earlier.Reference} was made by someone else: section 14(2) applies only to a request from the same person"));
        }
        else if (!earlier.Answered)
        {
            errors.Add(new(Field, $"Request {earlier.Reference} has not been answered: section 14(2) applies only to a request already complied with"));
        }

        static string Cut(string text) => text.Length <= FoiRequest.ReferenceMaxLength ? text : text[..FoiRequest.ReferenceMaxLength] + "…";
    }

    /// <summary>
    /// FOIA s.14(1) vexatious or s.14(2) repeated (FOISA s.14): a refusal of the whole request with no public interest test,
    /// so, like an NCND, a manager signs it off before the notice is sent (or before the case closes under s.17(6)).
    /// </summary>
    public static bool IsSection14(QuestionOutcome outcome) => outcome is QuestionOutcome.Vexatious or QuestionOutcome.Repeated;

    private static ExemptionEntry? ValidateCitation(
        CitationDraft citation,
        string prefix,
        QuestionOutcome outcome,
        Regime regime,
        ExemptionCatalogue catalogue,
        HashSet<string> keysSeen,
        List<DecisionError> errors)
    {
        var keyField = prefix + nameof(CitationDraft.ExemptionKey);
        if (ExemptionDecision.Blank(citation.ExemptionKey))
        {
            errors.Add(new(keyField, $"Choose the {RegimeTerms.Noun(regime)}"));
            return null;
        }

        var lookup = catalogue.Resolve(citation.ExemptionKey, regime);
        if (lookup.Entry is not { } entry)
        {
            errors.Add(new(keyField, $"There is no {RegimeTerms.ProvisionWord(lookup.Regime)} {lookup.Provision} {RegimeTerms.Noun(lookup.Regime)} in {RegimeTerms.Instrument(lookup.Regime)}"));
            return null;
        }

        var name = entry.Citation;
        var nameAtStart = entry.CitationAtStart;
        if (entry.Regime != regime)
        {
            errors.Add(new(keyField, $"{nameAtStart} ({RegimeTerms.ShortName(entry.Regime)}) cannot be used for {RegimeTerms.WithArticle(regime)} request: choose {RegimeTerms.WithArticle(regime)} {RegimeTerms.Noun(regime)}"));
            return null;
        }

        if (entry.Kind == EntryKind.RefusalGround)
        {
            errors.Add(new(keyField, $"{nameAtStart} is a refusal ground, not an exemption: choose the outcome '{GroundOutcomeLabel(entry)}' instead"));
            return null;
        }

        if (!keysSeen.Add(entry.Key))
        {
            errors.Add(new(keyField, $"You have chosen {name} more than once: remove one"));
            return null;
        }

        var isNcnd = outcome == QuestionOutcome.NeitherConfirmNorDeny;
        if (isNcnd && !entry.IsNeitherConfirmNorDeny && !IsFoisaUnderlyingExemption(entry))
        {
            errors.Add(new(keyField, catalogue.Find(entry.NcndCounterpartKey ?? string.Empty) is { } counterpart
                ? $"{nameAtStart} does not cover neither confirm nor deny: choose {counterpart.Citation}"
                : $"{nameAtStart} has no neither confirm nor deny provision: choose another {entry.Noun} or outcome"));
            return null;
        }

        if (!isNcnd && entry.IsNeitherConfirmNorDeny)
        {
            errors.Add(new(keyField, $"{nameAtStart} is for neither confirm nor deny: choose the outcome 'Neither confirm nor deny' or an {entry.Noun} that withholds information"));
            return null;
        }

        if (!ValidateParagraphs(citation, prefix, entry, errors))
        {
            return null;
        }

        ValidateReasons(citation, prefix, entry, isNcnd, errors);
        ValidateHarm(citation, prefix, entry, isNcnd, errors);
        ValidatePublicInterest(citation, prefix, entry, isNcnd, errors);
        return entry;

        static bool IsFoisaUnderlyingExemption(ExemptionEntry entry) =>
            entry.Regime == Regime.Foisa && entry.NcndCounterpartKey == ExemptionEntry.KeyFor(Regime.Foisa, "18");
    }

    // Rule 7: only the parts the provision has (s.31(1)(a) to (i), s.40(2) with s.40(3A)(a), ...).
    private static bool ValidateParagraphs(CitationDraft citation, string prefix, ExemptionEntry entry, List<DecisionError> errors)
    {
        var codes = citation.Paragraphs.Where(c => !string.IsNullOrWhiteSpace(c)).Select(c => c.Trim()).ToList();
        if (codes.Count == 0)
        {
            return true;
        }

        var field = prefix + nameof(CitationDraft.Paragraphs);
        if (ProvisionParagraphs.For(entry.Key) is not { } set)
        {
            errors.Add(new(field, $"{entry.CitationAtStart} has no paragraphs to choose: untick them"));
            return false;
        }

        if (codes.FirstOrDefault(c => set.Find(c) is null) is { } unknown)
        {
            errors.Add(new(field, $"{entry.CitationAtStart} has no part {unknown}: choose from {set.Range}"));
            return false;
        }

        return true;
    }

    private static void ValidateReasons(CitationDraft citation, string prefix, ExemptionEntry entry, bool isNcnd, List<DecisionError> errors)
    {
        if (ExemptionDecision.Blank(citation.Reasons))
        {
            return;
        }

        if (citation.Reasons!.Trim().Length > ExemptionCitation.ReasonsMaxLength)
        {
            errors.Add(new(prefix + nameof(CitationDraft.Reasons), $"The reasons for {entry.Citation} must be {ExemptionCitation.ReasonsMaxLength:N0} characters or fewer"));
        }
        else if (isNcnd && NcndLanguage.FindImplication(citation.Reasons) is { } leak)
        {
            errors.Add(new(prefix + nameof(CitationDraft.Reasons), NcndLanguage.Message($"the reasons for {entry.Citation}", leak)));
        }
    }

    private static void ValidateHarm(CitationDraft citation, string prefix, ExemptionEntry entry, bool isNcnd, List<DecisionError> errors)
    {
        var prejudiceField = prefix + nameof(CitationDraft.Prejudice);
        var likelihoodField = prefix + nameof(CitationDraft.Likelihood);
        var hasPrejudice = !ExemptionDecision.Blank(citation.Prejudice);

        if (!entry.IsPrejudiceBased)
        {
            if (hasPrejudice || citation.Likelihood is not null)
            {
                errors.Add(new(hasPrejudice ? prejudiceField : likelihoodField, $"{entry.CitationAtStart} is class-based: remove the prejudice statement (weigh any harm in the public interest test)"));
            }

            return;
        }

        var (harm, harmAtStart) = entry.HarmTest switch
        {
            HarmTest.SubstantialPrejudice => ("substantial prejudice", "prejudice-based (substantial prejudice)"),
            HarmTest.AdverseEffect => ("adverse effect", "adverse-effect based"),
            _ => ("prejudice", "prejudice-based"),
        };

        if (!hasPrejudice && citation.Likelihood is null)
        {
            errors.Add(new(prejudiceField, $"{entry.CitationAtStart} is {harmAtStart}: describe the {harm} and how likely it is"));
            return;
        }

        if (!hasPrejudice)
        {
            errors.Add(new(prejudiceField, $"Describe the {harm} for {entry.Citation}"));
        }
        else if (citation.Prejudice!.Trim().Length > HarmStatement.PrejudiceMaxLength)
        {
            errors.Add(new(prejudiceField, $"The {harm} for {entry.Citation} must be {HarmStatement.PrejudiceMaxLength:N0} characters or fewer"));
        }
        else if (isNcnd && NcndLanguage.FindImplication(citation.Prejudice) is { } leak)
        {
            errors.Add(new(prejudiceField, NcndLanguage.Message($"the {harm} for {entry.Citation}", leak)));
        }

        if (citation.Likelihood is null)
        {
            errors.Add(new(likelihoodField, $"Choose how likely the {harm} is for {entry.Citation}"));
        }
        else if (entry.HarmTest == HarmTest.AdverseEffect && citation.Likelihood != Likelihood.Would)
        {
            // EIR reg 12(5): the exception is engaged only if disclosure "would" adversely affect the interest.
            errors.Add(new(likelihoodField, $"{entry.CitationAtStart} applies only where disclosure would adversely affect the interest: choose 'would'"));
        }
    }

    private static void ValidatePublicInterest(CitationDraft citation, string prefix, ExemptionEntry entry, bool isNcnd, List<DecisionError> errors)
    {
        (string Field, string? Text, string Missing, int Max)[] parts =
        [
            (nameof(CitationDraft.FactorsForDisclosure), citation.FactorsForDisclosure,
                isNcnd ? "the factors in favour of confirming or denying" : "the factors in favour of disclosure", PublicInterestTest.FactorsMaxLength),
            (nameof(CitationDraft.FactorsForMaintaining), citation.FactorsForMaintaining,
                isNcnd ? "the factors in favour of neither confirming nor denying" : $"the factors in favour of maintaining the {entry.Noun}", PublicInterestTest.FactorsMaxLength),
            (nameof(CitationDraft.PublicInterestConclusion), citation.PublicInterestConclusion,
                "the conclusion of the public interest test", PublicInterestTest.ConclusionMaxLength),
        ];
        var entered = parts.Where(p => !ExemptionDecision.Blank(p.Text)).ToList();
        var cited = RegimeTerms.Capitalise(ProvisionParagraphs.Cite(entry, citation.Paragraphs));

        // FOIA s.2(3): an absolute exemption has no public interest test, unless a part relied on is qualified (s.2(3)(fa), (fb)).
        if (!ProvisionParagraphs.RequiresPublicInterestTest(entry, citation.Paragraphs))
        {
            if (entered.Count > 0)
            {
                errors.Add(new(prefix + entered[0].Field, $"{cited} is an absolute {entry.Noun}: remove the public interest test"));
            }

            return;
        }

        if (entered.Count == 0)
        {
            errors.Add(new(prefix + parts[0].Field, $"{cited} is a qualified {entry.Noun}: enter the public interest test"));
            return;
        }

        foreach (var part in parts)
        {
            if (ExemptionDecision.Blank(part.Text))
            {
                errors.Add(new(prefix + part.Field, $"Enter {part.Missing} for {entry.Citation}"));
            }
            else if (part.Text!.Trim().Length > part.Max)
            {
                errors.Add(new(prefix + part.Field, RegimeTerms.Capitalise($"{part.Missing} for {entry.Citation} must be {part.Max:N0} characters or fewer")));
            }
            else if (isNcnd && NcndLanguage.FindImplication(part.Text) is { } leak)
            {
                errors.Add(new(prefix + part.Field, NcndLanguage.Message($"{part.Missing} for {entry.Citation}", leak)));
            }
        }
    }

    // FOISA s.18: NCND is given under s.18 together with the exemption that would apply (ss.28 to 35, 38, 39(1), 41).
    private static void ValidateFoisaNcnd(List<ExemptionEntry> entries, List<DecisionError> errors)
    {
        if (!entries.Any(e => e.IsNeitherConfirmNorDeny))
        {
            errors.Add(new("Citations", "Choose section 18 as well: in Scotland neither confirm nor deny is given under section 18"));
        }
        else if (!entries.Any(e => !e.IsNeitherConfirmNorDeny))
        {
            errors.Add(new("Citations", "Choose the exemption that would apply if the information existed, as well as section 18"));
        }
    }

    private static string OutcomePhrase(QuestionOutcome outcome, Regime regime) => outcome switch
    {
        QuestionOutcome.Disclosed => "information disclosed in full",
        QuestionOutcome.NotHeld => "a not held answer",
        QuestionOutcome.CostLimitExceeded => $"a refusal under section 12 ({RegimeTerms.ShortName(regime)})",
        QuestionOutcome.Vexatious => $"a refusal under section 14(1) ({RegimeTerms.ShortName(regime)})",
        QuestionOutcome.Repeated => $"a refusal under section 14(2) ({RegimeTerms.ShortName(regime)})",
        _ => "this outcome",
    };

    private static string GroundOutcomeLabel(ExemptionEntry ground) => ground.Provision switch
    {
        "12" => "Cost limit exceeded",
        "14(1)" => "Vexatious",
        _ => "Repeated",
    };
}
