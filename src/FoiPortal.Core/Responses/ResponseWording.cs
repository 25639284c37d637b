using FoiPortal.Core.Statute;

namespace FoiPortal.Core.Responses;

/// <summary>The fixed parts of a response letter, worded from the law of the request's regime.</summary>
public static class ResponseWording
{
    public const string RequestHeading = "Request";
    public const string ResponseHeading = "Response";
    public const string ReasonHeading = "Reason for decision";
    public const string AdviceHeading = "Advice and assistance";
    public const string CaveatsHeading = "Caveats";
    public const string RightsHeading = "Your right to request a review and to complain";
    public const string AttachmentsHeading = "Attachments";

    /// <summary>
    /// How long the requester has to ask for a review: 40 working days under the FOIA s.45 Code of Practice (2018),
    /// EIR reg 11(2) and FOISA s.20(5).
    /// </summary>
    public const int ReviewWithinWorkingDays = 40;

    /// <summary>
    /// FOIA s.17(7): a refusal notice must tell the requester about the internal review procedure and the right to complain to
    /// the Information Commissioner (s.50); the s.45 Code of Practice (2018) asks authorities to accept review requests made
    /// within 40 working days. EIR: representations and reconsideration under reg 11 (40 working days; reg 11(2)), then
    /// the Commissioner (s.50 as applied by reg 18). FOISA: a requirement for review within 40 working days (s.20(5)),
    /// then an application to the Scottish Information Commissioner (s.47) and an appeal on a point of law to the Court of
    /// Session (s.56).
    /// </summary>
    public static IReadOnlyList<string> Rights(Regime regime, string authorityName, string foiEmail) => regime switch
    {
        Regime.Foisa =>
        [
            $"If you are not satisfied with this response, you can ask {authorityName} to review it. Please write to {foiEmail} within {ReviewWithinWorkingDays} working days of receiving this letter, saying why you are not satisfied (section 20 of the Freedom of Information (Scotland) Act 2002).",
            "If you are still not satisfied after the review, you can apply to the Scottish Information Commissioner for a decision (section 47), and then appeal to the Court of Session on a point of law (section 56).",
        ],
        Regime.Eir =>
        [
            $"If you are not satisfied with this response, you can ask {authorityName} to reconsider it. Please write to {foiEmail} within {ReviewWithinWorkingDays} working days of receiving this letter (regulation 11 of the Environmental Information Regulations 2004). Someone who was not involved in the original decision will review it.",
            "If you are still not satisfied, you can complain to the Information Commissioner's Office (section 50 of the Freedom of Information Act 2000, as applied by regulation 18). You can find out how at ico.org.uk/make-a-complaint.",
        ],
        _ =>
        [
            $"If you are not satisfied with this response, you can ask for an internal review. Please write to {foiEmail} within {ReviewWithinWorkingDays} working days of receiving this letter, saying why you are not satisfied. Someone who was not involved in the original decision will review it.",
            "If you are still not satisfied after the internal review, you can complain to the Information Commissioner's Office (section 50 of the Freedom of Information Act 2000). You can find out how at ico.org.uk/make-a-complaint.",
        ],
    };

    /// <summary>s.11A / s.19: a dataset released in response is offered for re-use; the Open Government Licence is the default.</summary>
    public const string OpenGovernmentLicence =
        "The datasets attached to this letter are provided as CSV files as well as tables, so that you can re-use them. You may re-use them under the terms of the Open Government Licence v3.0: nationalarchives.gov.uk/doc/open-government-licence/version/3/";

    /// <summary>A default data-quality statement like the seed's, used when the authority has not configured its own.</summary>
    public const string DefaultCaveats =
        "The figures in this response come from our live operational systems and are correct at the time of extraction. They may change as records are updated, and they may differ from figures published at other times or by other organisations.";
}
