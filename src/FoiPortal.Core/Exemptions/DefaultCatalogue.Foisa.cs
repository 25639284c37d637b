using FoiPortal.Core.Statute;
using static FoiPortal.Core.Exemptions.ExemptionBasis;
using static FoiPortal.Core.Exemptions.HarmTest;

namespace FoiPortal.Core.Exemptions;

internal static partial class DefaultCatalogue
{
    private const string Section18 = "18";

    /// <summary>
    /// FOISA Part 2 (a subset of ss.25 to 41), absolute per s.2(2), the refusal grounds s.12 and s.14, and the single
    /// NCND provision s.18, which is available only for ss.28 to 35, 38, 39(1) and 41. FOISA's harm test is
    /// "substantial prejudice".
    /// </summary>
    public static IEnumerable<ExemptionEntry> Foisa()
    {
        const Regime R = Regime.Foisa;

        yield return GroundEntry(R, "12", "Excessive cost of compliance",
            "Complying would cost more than the £600 limit prescribed under section 12, so the duty to comply does not apply.",
            "FOISA staff time is capped at £15 an hour and deciding whether information is held does not count. The breakdown is composed from the cost estimate.");
        yield return GroundEntry(R, "14(1)", "Vexatious requests",
            "The Act does not require an authority to comply with a request that is vexatious.");
        yield return GroundEntry(R, "14(2)", "Repeated requests",
            "The Act does not require an authority to comply with a request that is identical or substantially similar to an earlier one from the same person that it has already answered, unless a reasonable period has passed.");

        // s.18: revealing whether information exists or is held would be contrary to the public interest.
        yield return NcndEntry(R, Section18, "Neither confirm nor deny", Qualified, None,
            "The authority may refuse to reveal whether information exists or is held where revealing it would be contrary to the public interest and the information, if it existed, would be exempt under one of the sections listed in section 18(1).",
            "Cite s.18 together with the exemption that would apply (ss.28 to 35, 38, 39(1) or 41).");

        yield return AbsoluteEntry(R, "25", "Information otherwise accessible", None,
            "Information that the applicant can reasonably obtain other than by requesting it is exempt.");
        yield return AbsoluteEntry(R, "26", "Prohibitions on disclosure", None,
            "Information is exempt where its disclosure is prohibited by or under an enactment, is incompatible with a legal obligation named in section 26, or would be a contempt of court.");
        yield return QualifiedEntry(R, "27(1)", "Information intended for future publication", None,
            "Information intended for publication within twelve weeks of the request is exempt where it is reasonable to withhold it until then.");
        yield return QualifiedEntry(R, "28", "Relations within the United Kingdom", SubstantialPrejudice,
            "This exemption protects relations between administrations in the United Kingdom from substantial prejudice.",
            Section18);
        yield return QualifiedEntry(R, "29", "Formulation of Scottish Administration policy", None,
            "Information of the Scottish Administration relating to the formulation or development of government policy, ministerial communications, Law Officers' advice or a ministerial private office is exempt as a class.",
            Section18);
        yield return QualifiedEntry(R, "30", "Prejudice to effective conduct of public affairs", SubstantialPrejudice,
            "This exemption applies where disclosure would, or would be likely to, prejudice substantially collective responsibility, inhibit substantially the free and frank provision of advice or exchange of views, or otherwise prejudice substantially the effective conduct of public affairs.",
            Section18);
        yield return QualifiedEntry(R, "31(1)", "National security", None,
            "Information is exempt where withholding it is required for the purpose of safeguarding national security.",
            Section18, sensitive: true);
        yield return QualifiedEntry(R, "31(4)", "Defence", SubstantialPrejudice,
            "This exemption protects the defence of the British Islands and the capability, effectiveness or security of the armed forces from substantial prejudice.",
            Section18);
        yield return QualifiedEntry(R, "32(1)(a)", "International relations", SubstantialPrejudice,
            "This exemption protects relations between the United Kingdom and other States or international organisations, and the United Kingdom's interests abroad, from substantial prejudice.",
            Section18);
        yield return QualifiedEntry(R, "33(1)(a)", "Trade secrets", None,
            "Information that is a trade secret is exempt as a class.",
            Section18);
        yield return QualifiedEntry(R, "33(1)(b)", "Commercial interests", SubstantialPrejudice,
            "This exemption protects the commercial interests of any person, including the authority, from substantial prejudice.",
            Section18);
        yield return QualifiedEntry(R, "34", "Investigations by Scottish public authorities and proceedings", None,
            "Information kept for the purposes of certain investigations by Scottish public authorities, and of proceedings arising from them, is exempt as a class.",
            Section18);
        yield return QualifiedEntry(R, "35(1)", "Law enforcement", SubstantialPrejudice,
            "This exemption protects law enforcement, including the prevention or detection of crime and the apprehension or prosecution of offenders, from substantial prejudice.",
            Section18);
        yield return QualifiedEntry(R, "36(1)", "Confidentiality of communications (legal privilege)", None,
            "Information over which confidentiality of communications could be claimed in legal proceedings is exempt as a class.");
        yield return AbsoluteEntry(R, "36(2)", "Confidentiality: information obtained from another person", None,
            "Information obtained from another person is exempt where disclosing it would be an actionable breach of confidence.");
        yield return AbsoluteEntry(R, "37", "Court records", None,
            "Information that the authority has only because it is in a document lodged with, served in or created by a court or tribunal is exempt as a class.");
        yield return AbsoluteEntry(R, "38(1)(b)", "Personal information about other people", None,
            "Personal data about someone other than the applicant is exempt where disclosing it would contravene the data protection principles.",
            Section18, note: "Absolute where the first condition applies (s.2(2)(e)); the other conditions are qualified and not modelled.");
        yield return QualifiedEntry(R, "39(1)", "Health, safety and the environment", Prejudice,
            "This exemption applies where disclosure would, or would be likely to, endanger the physical or mental health, or the safety, of any person.",
            Section18, note: "The test is 'endanger', not substantial prejudice.");
        yield return QualifiedEntry(R, "40", "Audit functions", SubstantialPrejudice,
            "This exemption protects the audit of Scottish public authorities' accounts and the examination of their use of resources from substantial prejudice.");
        yield return QualifiedEntry(R, "41(b)", "Honours", None,
            "Information relating to the exercise of the Royal prerogative of honour is exempt as a class.",
            Section18);
    }
}
