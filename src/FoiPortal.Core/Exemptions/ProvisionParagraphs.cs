using FoiPortal.Core.Statute;

namespace FoiPortal.Core.Exemptions;

/// <summary>How the parts of a provision are cited after it.</summary>
public enum ParagraphForm
{
    /// <summary>Paragraphs of the subsection itself: "section 31(1)(a) and (b)".</summary>
    Paragraph,

    /// <summary>Other subsections the provision works through (the conditions of s.40(2)): "section 40(2) and (3A)(a)".</summary>
    Subsection,
}

/// <summary>One part of a provision an officer can cite, e.g. "(a)" of s.31(1) or "(3A)(a)" of s.40(2).</summary>
/// <param name="Code">As cited after the provision: "(a)", "(3A)(a)".</param>
/// <param name="Title">What the part covers, for the officer choosing.</param>
/// <param name="MakesQualified">Relying on this part brings in the public interest test although the provision is otherwise absolute (FOIA s.2(3)(fa), (fb)).</param>
public sealed record ProvisionParagraph(string Code, string Title, bool MakesQualified = false);

/// <summary>The parts of one provision, in statutory order.</summary>
public sealed record ProvisionParagraphSet(ParagraphForm Form, IReadOnlyList<ProvisionParagraph> Options)
{
    public ProvisionParagraph? Find(string code) =>
        Options.FirstOrDefault(o => string.Equals(o.Code, code.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>"(a) to (i)" or "(3A)(a), (3A)(b), (3B) and (4A)": for messages.</summary>
    public string Range => Form == ParagraphForm.Paragraph && Options.Count > 2
        ? $"{Options[0].Code} to {Options[^1].Code}"
        : RegimeTerms.JoinAnd(Options.Select(o => o.Code));
}

/// <summary>
/// The paragraphs police and other letters cite (rule 7: "section 31(1)(a) and (b)", "section 40(2) and (3A)(a)").
/// Fixed by statute, so held in code by catalogue key rather than in the editable catalogue.
/// </summary>
public static class ProvisionParagraphs
{
    private static readonly Dictionary<string, ProvisionParagraphSet> Sets = new(StringComparer.OrdinalIgnoreCase)
    {
        // FOIA s.27(1)(a) to (d).
        ["FOIA s.27(1)"] = Paragraphs(
            ("(a)", "Relations between the United Kingdom and any other State"),
            ("(b)", "Relations between the United Kingdom and any international organisation or international court"),
            ("(c)", "The interests of the United Kingdom abroad"),
            ("(d)", "The promotion or protection by the United Kingdom of its interests abroad")),

        // FOIA s.30(1)(a) to (c).
        ["FOIA s.30(1)"] = Paragraphs(
            ("(a)", "An investigation the authority has a duty to conduct into whether a person should be charged with an offence, or is guilty of it"),
            ("(b)", "An investigation that may lead to a decision by the authority to institute criminal proceedings it has power to conduct"),
            ("(c)", "Criminal proceedings the authority has power to conduct")),

        // FOIA s.31(1)(a) to (i).
        ["FOIA s.31(1)"] = Paragraphs(
            ("(a)", "The prevention or detection of crime"),
            ("(b)", "The apprehension or prosecution of offenders"),
            ("(c)", "The administration of justice"),
            ("(d)", "The assessment or collection of any tax or duty"),
            ("(e)", "The operation of the immigration controls"),
            ("(f)", "The maintenance of security and good order in prisons or other places of lawful detention"),
            ("(g)", "The exercise by any public authority of its functions for any of the purposes in section 31(2)"),
            ("(h)", "Civil proceedings arising out of an investigation for any of the purposes in section 31(2)"),
            ("(i)", "An inquiry under the Fatal Accidents and Sudden Deaths Inquiry (Scotland) Act 1976")),

        // FOIA s.36(2): the qualified person's opinion names the effect.
        ["FOIA s.36"] = Paragraphs(
            ("(2)(a)(i)", "Collective responsibility of Ministers of the Crown"),
            ("(2)(a)(ii)", "The work of the Executive Committee of the Northern Ireland Assembly"),
            ("(2)(a)(iii)", "The work of the Cabinet of the Welsh Government"),
            ("(2)(b)(i)", "The free and frank provision of advice"),
            ("(2)(b)(ii)", "The free and frank exchange of views for the purposes of deliberation"),
            ("(2)(c)", "Otherwise prejudice the effective conduct of public affairs")),

        // FOIA s.38(1)(a) and (b).
        ["FOIA s.38(1)"] = Paragraphs(
            ("(a)", "Endanger the physical or mental health of any person"),
            ("(b)", "Endanger the safety of any individual")),

        // FOIA s.40(2) works through the conditions in s.40(3A), (3B) and (4A). s.2(3)(fa): absolute only where the
        // first condition (s.40(3A)) is relied on; the second and third conditions carry the public interest test.
        ["FOIA s.40(2)"] = Subsections(
            ("(3A)(a)", "First condition: disclosure would contravene the data protection principles", false),
            ("(3A)(b)", "First condition: it would do so if the manual unstructured data exemptions (DPA 2018 s.24(1)) were disregarded", false),
            ("(3B)", "Second condition: disclosure would contravene an objection under Article 21 UK GDPR (public interest test)", true),
            ("(4A)", "Third condition: the data subject would have no right of access to it (public interest test)", true)),

        // FOIA s.40(5B): s.2(3)(fb) makes only (a)(i) absolute.
        ["FOIA s.40(5B)"] = new(ParagraphForm.Paragraph,
        [
            new("(a)(i)", "Confirming or denying would contravene the data protection principles"),
            new("(a)(ii)", "It would do so if the manual unstructured data exemptions (DPA 2018 s.24(1)) were disregarded (public interest test)", true),
            new("(b)", "It would contravene an objection under Article 21 UK GDPR (public interest test)", true),
            new("(c)", "The data subject would have no right to be told under Article 15(1)(a) UK GDPR (public interest test)", true),
            new("(d)", "The data subject would have no right to be told under DPA 2018 s.45(1)(a) (public interest test)", true),
        ]),

        // EIR reg 13(1) works through the conditions in reg 13(2A), (2B) and (3A); reg 13(1)(b): only the second and
        // third conditions carry the public interest test.
        ["EIR reg 13(1)"] = Subsections(
            ("(2A)(a)", "First condition: disclosure would contravene the data protection principles", false),
            ("(2A)(b)", "First condition: it would do so if the manual unstructured data exemptions (DPA 2018 s.24(1)) were disregarded", false),
            ("(2B)", "Second condition: disclosure would contravene an objection under Article 21 UK GDPR (public interest test)", true),
            ("(3A)", "Third condition: the data subject would have no right of access to it (public interest test)", true)),

        // FOISA s.35(1)(a) to (h).
        ["FOISA s.35(1)"] = Paragraphs(
            ("(a)", "The prevention or detection of crime"),
            ("(b)", "The apprehension or prosecution of offenders"),
            ("(c)", "The administration of justice"),
            ("(d)", "The assessment or collection of any tax or duty"),
            ("(e)", "The operation of the immigration controls"),
            ("(f)", "The maintenance of security and good order in prisons or other places of lawful detention"),
            ("(g)", "The exercise by any public authority of its functions for any of the purposes in section 35(2)"),
            ("(h)", "Civil proceedings arising out of an investigation for any of the purposes in section 35(2)")),

        // FOISA s.38(1)(b) works through s.38(2A) (first condition, absolute: s.2(2)(e)(ii)) and s.38(3A).
        ["FOISA s.38(1)(b)"] = Subsections(
            ("(2A)(a)", "First condition: disclosure would contravene the data protection principles", false),
            ("(2A)(b)", "First condition: it would do so if the manual unstructured data exemptions (DPA 2018 s.24(1)) were disregarded", false),
            ("(3A)", "Second condition: disclosure would contravene an objection under Article 21 UK GDPR (public interest test)", true)),
    };

    /// <summary>The parts an officer may cite for a catalogue key; null when the provision is cited as it stands.</summary>
    public static ProvisionParagraphSet? For(string exemptionKey) => Sets.GetValueOrDefault(exemptionKey.Trim());

    /// <summary>The chosen codes in statutory order, without repeats and without any the provision does not have.</summary>
    public static IReadOnlyList<string> Normalise(string exemptionKey, IEnumerable<string> codes)
    {
        if (For(exemptionKey) is not { } set)
        {
            return [];
        }

        var chosen = codes.Where(c => !string.IsNullOrWhiteSpace(c)).Select(c => c.Trim()).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return [.. set.Options.Where(o => chosen.Contains(o.Code)).Select(o => o.Code)];
    }

    /// <summary>
    /// "section 31(1)(a) and (b)", "section 40(2) and (3A)(a)", or the provision alone when no part is chosen (decisions
    /// recorded before paragraphs were offered still read as they did).
    /// </summary>
    public static string Cite(ExemptionEntry entry, IReadOnlyList<string> codes)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var chosen = Normalise(entry.Key, codes);
        if (chosen.Count == 0)
        {
            return entry.Citation;
        }

        var parts = For(entry.Key)!.Form == ParagraphForm.Paragraph
            ? [entry.Provision + chosen[0], .. chosen.Skip(1)]
            : new List<string> { entry.Provision }.Concat(chosen).ToList();
        return RegimeTerms.ProvisionWord(entry.Regime) + " " + RegimeTerms.JoinAnd(parts);
    }

    /// <summary>
    /// Whether citing these parts needs a public interest test: a qualified provision always does; an absolute one
    /// does when a part relied on is qualified (FOIA s.2(3)(fa), (fb); EIR reg 13(1)(b); FOISA s.2(2)(e)(ii)).
    /// </summary>
    public static bool RequiresPublicInterestTest(ExemptionEntry entry, IEnumerable<string> codes)
    {
        ArgumentNullException.ThrowIfNull(entry);
        if (entry.RequiresPublicInterestTest)
        {
            return true;
        }

        return entry.Kind == EntryKind.Exemption && For(entry.Key) is { } set
            && Normalise(entry.Key, codes).Any(code => set.Find(code)!.MakesQualified);
    }

    private static ProvisionParagraphSet Paragraphs(params (string Code, string Title)[] options) =>
        new(ParagraphForm.Paragraph, [.. options.Select(o => new ProvisionParagraph(o.Code, o.Title))]);

    private static ProvisionParagraphSet Subsections(params (string Code, string Title, bool Qualified)[] options) =>
        new(ParagraphForm.Subsection, [.. options.Select(o => new ProvisionParagraph(o.Code, o.Title, o.Qualified))]);
}
