using FoiPortal.Core.Statute;
using static FoiPortal.Core.Exemptions.ExemptionBasis;
using static FoiPortal.Core.Exemptions.HarmTest;

namespace FoiPortal.Core.Exemptions;

internal static partial class DefaultCatalogue
{
    /// <summary>FOIA Part II (s.21 to s.44), absolute per s.2(3), and the refusal grounds s.12 and s.14.</summary>
    public static IEnumerable<ExemptionEntry> Foia()
    {
        const Regime R = Regime.Foia;

        // Refusal grounds: no public interest test; the notice says which applies (s.17(5)).
        yield return GroundEntry(R, "12", "Cost of compliance exceeds the appropriate limit",
            "Complying would cost more than the appropriate limit set by the Freedom of Information and Data Protection (Appropriate Limit and Fees) Regulations 2004, so the duty to comply does not apply.",
            "The cost breakdown and the advice and assistance (s.16) are composed from the cost estimate.");
        yield return GroundEntry(R, "14(1)", "Vexatious requests",
            "The Act does not require an authority to comply with a vexatious request: one likely to cause a disproportionate or unjustified level of disruption, irritation or distress.");
        yield return GroundEntry(R, "14(2)", "Repeated requests",
            "The Act does not require an authority to comply with a request that is identical or substantially similar to an earlier one from the same person that it has already answered, unless a reasonable interval has passed.");

        yield return AbsoluteEntry(R, "21", "Information accessible to the applicant by other means", None,
            "Information that is reasonably accessible to the applicant by other means is exempt, even if it can only be obtained on payment.",
            note: "No neither-confirm-nor-deny provision. Tell the applicant where the information can be found.");

        yield return QualifiedEntry(R, "22", "Information intended for future publication", None,
            "Information intended for publication at a future date is exempt where it is reasonable in all the circumstances to withhold it until then.",
            "22(2)");
        yield return NcndEntry(R, "22(2)", "Information intended for future publication", Qualified, None,
            "The duty to confirm or deny does not arise where confirming or denying would itself disclose information intended for future publication.");

        yield return QualifiedEntry(R, "22A", "Research", Prejudice,
            "This exemption protects a continuing programme of research intended for publication, its participants and the authority from prejudice caused by early disclosure of information obtained in the programme.",
            "22A(2)");
        yield return NcndEntry(R, "22A(2)", "Research", Qualified, Prejudice,
            "The duty to confirm or deny does not arise where confirming or denying would, or would be likely to, prejudice a continuing programme of research, its participants or the authority.");

        // s.2(3)(b): s.23 is absolute.
        yield return AbsoluteEntry(R, "23(1)", "Information supplied by, or relating to, bodies dealing with security matters", None,
            "Information supplied, directly or indirectly, by any of the security bodies listed in section 23(3), or relating to any of them, is exempt as a class. The Act makes no exception for the public interest.",
            "23(5)", sensitive: true);
        yield return NcndEntry(R, "23(5)", "Information supplied by, or relating to, bodies dealing with security matters", Absolute, None,
            "The duty to confirm or deny does not arise where the answer would itself reveal something supplied by, or relating to, the security bodies listed in section 23(3). The Act protects that whole class of information without exception.");

        yield return QualifiedEntry(R, "24(1)", "National security", None,
            "Information is exempt where withholding it is required for the purpose of safeguarding national security.",
            "24(2)", sensitive: true,
            note: "The test is whether exemption is 'required for the purpose of safeguarding national security', not a prejudice test. A Minister's certificate is conclusive (s.24(3)).");
        yield return NcndEntry(R, "24(2)", "National security", Qualified, None,
            "The duty to confirm or deny does not arise where exemption from it is required for the purpose of safeguarding national security.");

        yield return QualifiedEntry(R, "26", "Defence", Prejudice,
            "This exemption protects the defence of the British Islands and of any colony, and the capability, effectiveness or security of the armed forces, from prejudice.",
            "26(3)");
        yield return NcndEntry(R, "26(3)", "Defence", Qualified, Prejudice,
            "The duty to confirm or deny does not arise where confirming or denying would, or would be likely to, prejudice defence or the armed forces.");

        yield return QualifiedEntry(R, "27(1)", "International relations", Prejudice,
            "This exemption protects relations between the United Kingdom and other States or international organisations and courts, and the United Kingdom's interests abroad, from prejudice.",
            "27(4)(a)");
        yield return QualifiedEntry(R, "27(2)", "Confidential information obtained from a State or international organisation", None,
            "Confidential information obtained from another State, an international organisation or an international court is exempt as a class.",
            "27(4)(b)");
        yield return NcndEntry(R, "27(4)(a)", "International relations", Qualified, Prejudice,
            "The duty to confirm or deny does not arise where confirming or denying would, or would be likely to, prejudice the international relations of the United Kingdom.");
        yield return NcndEntry(R, "27(4)(b)", "Confidential information obtained from a State or international organisation", Qualified, None,
            "The duty to confirm or deny does not arise where confirming or denying would itself disclose confidential information obtained from another State, an international organisation or an international court.");

        yield return QualifiedEntry(R, "28", "Relations within the United Kingdom", Prejudice,
            "This exemption protects relations between the administrations of the United Kingdom (the UK Government, the Scottish Government, the Welsh Government and the Northern Ireland Executive) from prejudice.",
            "28(3)");
        yield return NcndEntry(R, "28(3)", "Relations within the United Kingdom", Qualified, Prejudice,
            "The duty to confirm or deny does not arise where confirming or denying would, or would be likely to, prejudice relations between administrations in the United Kingdom.");

        yield return QualifiedEntry(R, "29", "The economy", Prejudice,
            "This exemption protects the economic interests of the United Kingdom or any part of it, and the financial interests of any administration in the United Kingdom, from prejudice.",
            "29(2)");
        yield return NcndEntry(R, "29(2)", "The economy", Qualified, Prejudice,
            "The duty to confirm or deny does not arise where confirming or denying would, or would be likely to, prejudice the economic or financial interests protected by section 29(1).");

        // s.30 is class-based: no harm test, but always qualified.
        yield return QualifiedEntry(R, "30(1)", "Investigations and proceedings conducted by public authorities", None,
            "Information that has at any time been kept for the purposes of criminal investigations or proceedings that the authority has a duty or power to conduct is exempt as a class.",
            "30(3)");
        yield return QualifiedEntry(R, "30(2)", "Investigations and proceedings: confidential sources", None,
            "Information obtained or recorded for the authority's investigations or proceedings that relates to confidential sources is exempt as a class.",
            "30(3)");
        yield return NcndEntry(R, "30(3)", "Investigations and proceedings", Qualified, None,
            "The duty to confirm or deny does not arise in relation to information that, if it existed, would be exempt under section 30(1) or 30(2).");

        yield return QualifiedEntry(R, "31(1)", "Law enforcement", Prejudice,
            "This exemption protects law enforcement, including the prevention or detection of crime, the apprehension or prosecution of offenders and the administration of justice, from prejudice.",
            "31(3)");
        yield return NcndEntry(R, "31(3)", "Law enforcement", Qualified, Prejudice,
            "The duty to confirm or deny does not arise where confirming or denying would, or would be likely to, prejudice any of the law enforcement matters listed in section 31(1).");

        yield return AbsoluteEntry(R, "32", "Court records", None,
            "Information that the authority has only because it is in a document filed with, served in or created by a court, tribunal or statutory inquiry is exempt as a class.",
            "32(3)");
        yield return NcndEntry(R, "32(3)", "Court records", Absolute, None,
            "The duty to confirm or deny does not arise in relation to information that, if it existed, would be exempt under section 32.");

        yield return QualifiedEntry(R, "33", "Audit functions", Prejudice,
            "This exemption protects the audit of other public authorities' accounts, and the examination of their economy, efficiency and effectiveness, from prejudice.",
            "33(3)");
        yield return NcndEntry(R, "33(3)", "Audit functions", Qualified, Prejudice,
            "The duty to confirm or deny does not arise where confirming or denying would, or would be likely to, prejudice audit functions.");

        yield return AbsoluteEntry(R, "34", "Parliamentary privilege", None,
            "Information is exempt where exemption is required to avoid an infringement of the privileges of either House of Parliament.",
            "34(2)", note: "A certificate from the Speaker or the Clerk of the Parliaments is conclusive (s.34(3)).");
        yield return NcndEntry(R, "34(2)", "Parliamentary privilege", Absolute, None,
            "The duty to confirm or deny does not arise where exemption from it is required to avoid an infringement of parliamentary privilege.");

        yield return QualifiedEntry(R, "35", "Formulation of government policy", None,
            "Information of a government department or the Welsh Government relating to the formulation or development of government policy, ministerial communications, Law Officers' advice or a ministerial private office is exempt as a class.",
            "35(3)", note: "Only government departments and the Welsh Government can rely on s.35; other authorities use s.36.");
        yield return NcndEntry(R, "35(3)", "Formulation of government policy", Qualified, None,
            "The duty to confirm or deny does not arise in relation to information that, if it existed, would be exempt under section 35(1).");

        yield return QualifiedEntry(R, "36", "Prejudice to effective conduct of public affairs", Prejudice,
            "In the reasonable opinion of the authority's qualified person, disclosure would, or would be likely to, prejudice collective responsibility, inhibit the free and frank provision of advice or exchange of views, or otherwise prejudice the effective conduct of public affairs.",
            "36(3)", note: "Needs the reasonable opinion of the qualified person (s.36(2), (5)): record who gave it and when.");
        // s.2(3)(e): absolute only for information held by the House of Commons or the House of Lords.
        yield return AbsoluteEntry(R, "36 (Houses of Parliament)", "Prejudice to effective conduct of public affairs (Houses of Parliament)", Prejudice,
            "In the reasonable opinion of the qualified person, disclosure would, or would be likely to, prejudice the effective conduct of public affairs of the House.",
            note: "Only for the House of Commons and the House of Lords (s.2(3)(e)); every other authority uses the qualified s.36 entry. NCND for the Houses is not modelled.");
        yield return NcndEntry(R, "36(3)", "Prejudice to effective conduct of public affairs", Qualified, Prejudice,
            "In the reasonable opinion of the qualified person, confirming or denying would, or would be likely to, have any of the effects set out in section 36(2).");

        // s.2(3)(ea): s.37(1)(a) to (ab) are absolute; the rest of s.37 is qualified.
        yield return AbsoluteEntry(R, "37(1)(a)-(ab)", "Communications with the Sovereign, the heir and the second in line to the Throne", None,
            "Communications with the Sovereign, the heir to the Throne or the person second in line, or made or received on their behalf, are exempt as a class.",
            "37(2)");
        yield return QualifiedEntry(R, "37", "Communications with the Royal Family and Household, and honours", None,
            "Communications with other members of the Royal Family or with the Royal Household, and information about the conferring of honours or dignities by the Crown, are exempt as a class.",
            "37(2)", note: "Covers s.37(1)(ac), (ad) and (b).");
        yield return NcndEntry(R, "37(2)", "Communications with His Majesty and honours", Qualified, None,
            "The duty to confirm or deny does not arise in relation to information that, if it existed, would be exempt under section 37(1).",
            "Absolute in so far as it relates to s.37(1)(a) to (ab) (s.2(3)(ea)); modelled as qualified, so a public interest test is always recorded.");

        yield return QualifiedEntry(R, "38(1)", "Health and safety", Prejudice,
            "This exemption applies where disclosure would, or would be likely to, endanger the physical or mental health, or the safety, of any person.",
            "38(2)");
        yield return NcndEntry(R, "38(2)", "Health and safety", Qualified, Prejudice,
            "The duty to confirm or deny does not arise where confirming or denying would, or would be likely to, endanger anyone's physical or mental health or safety.");

        yield return QualifiedEntry(R, "39", "Environmental information", None,
            "Environmental information is exempt under the Act because it must be dealt with under the Environmental Information Regulations 2004.",
            "39(2)", note: "Handle the request, or the environmental part of it, under the EIR.");
        yield return NcndEntry(R, "39(2)", "Environmental information", Qualified, None,
            "The duty to confirm or deny does not arise under the Act for environmental information, which falls to be dealt with under the Environmental Information Regulations 2004.");

        // s.2(3)(f): s.40(1) absolute; s.40(2) absolute where the first condition (s.40(3A)(a)) applies.
        yield return AbsoluteEntry(R, "40(1)", "Personal information: the applicant's own", None,
            "The applicant's own personal data is exempt under the Act: data protection law gives a separate right of access to it.",
            "40(5A)", note: "Treat the request as a subject access request under data protection law.");
        yield return AbsoluteEntry(R, "40(2)", "Personal information about other people", None,
            "Personal data about someone other than the applicant is exempt where disclosing it would contravene the data protection principles, in particular the principle that processing must be lawful, fair and transparent.",
            "40(5B)", note: "Absolute where the first condition (s.40(3A)(a)) is relied on, as is usual (s.2(3)(fa)). The second and third conditions (s.40(3B), s.40(4A)) are qualified and not modelled: record them under a qualified exemption with advice.");
        yield return NcndEntry(R, "40(5A)", "Personal information: the applicant's own", Absolute, None,
            "The duty to confirm or deny does not arise in relation to information that, if it existed, would be the applicant's own personal data.");
        yield return NcndEntry(R, "40(5B)", "Personal information about other people", Absolute, None,
            "The duty to confirm or deny does not arise where confirming or denying would itself contravene the data protection principles by revealing personal data about another person.",
            "Absolute where s.40(5B)(a)(i) is relied on (s.2(3)(fa)); the other limbs are qualified and not modelled.");

        yield return AbsoluteEntry(R, "41", "Information provided in confidence", None,
            "Information obtained from another person is exempt where disclosing it would be an actionable breach of confidence.",
            "41(2)", note: "Absolute, but the law of confidence has its own public interest defence: weigh it when deciding whether a breach would be actionable.");
        yield return NcndEntry(R, "41(2)", "Information provided in confidence", Absolute, None,
            "The duty to confirm or deny does not arise where confirming or denying would itself be an actionable breach of confidence.");

        yield return QualifiedEntry(R, "42", "Legal professional privilege", None,
            "Information over which legal professional privilege could be claimed in legal proceedings is exempt as a class.",
            "42(2)");
        yield return NcndEntry(R, "42(2)", "Legal professional privilege", Qualified, None,
            "The duty to confirm or deny does not arise where confirming or denying would itself disclose information over which legal professional privilege could be claimed.");

        yield return QualifiedEntry(R, "43(1)", "Trade secrets", None,
            "Information that is a trade secret is exempt as a class.",
            note: "No neither-confirm-nor-deny provision: s.43(3) covers only s.43(2).");
        yield return QualifiedEntry(R, "43(2)", "Commercial interests", Prejudice,
            "This exemption protects the commercial interests of any person, including the authority, from prejudice.",
            "43(3)");
        yield return NcndEntry(R, "43(3)", "Commercial interests", Qualified, Prejudice,
            "The duty to confirm or deny does not arise where confirming or denying would, or would be likely to, prejudice anyone's commercial interests.");

        yield return AbsoluteEntry(R, "44", "Prohibitions on disclosure", None,
            "Information is exempt where its disclosure is prohibited by or under another enactment, would be incompatible with an obligation named in section 44(1)(b), or would be punishable as a contempt of court.",
            "44(2)", note: "Name the prohibiting enactment in the reasons.");
        yield return NcndEntry(R, "44(2)", "Prohibitions on disclosure", Absolute, None,
            "The duty to confirm or deny does not arise where confirming or denying would itself be prohibited by or under another enactment, or otherwise fall within section 44(1).");
    }
}
