using FoiPortal.Core.Statute;

namespace FoiPortal.Core.Reviews;

/// <summary>The words of the review outcome letter that the law fixes: findings in plain words, and the right to go to the regulator.</summary>
public static class ReviewOutcomeWording
{
    public const string FindingsHeading = "What we found";
    public const string ReleasedHeading = "Information we are now releasing";
    public const string ComplaintHeading = "If you are still not satisfied";

    public static string Describe(this ReviewFinding finding) => finding switch
    {
        ReviewFinding.Upheld => "Original decision upheld",
        ReviewFinding.PartlyUpheld => "Original decision partly upheld",
        ReviewFinding.Overturned => "Original decision overturned",
        _ => finding.ToString(),
    };

    /// <summary>"Internal review" (FOIA s.45 Code), "reconsideration" (EIR reg 11), "review" (FOISA s.21).</summary>
    public static string ReviewName(Regime regime) => regime switch
    {
        Regime.Eir => "reconsideration",
        Regime.Foisa => "review",
        _ => "internal review",
    };

    /// <summary>
    /// The right to complain after the review: FOIA s.50 (the Information Commissioner); EIR the same through reg 18;
    /// FOISA s.47(1) an application to the Scottish Information Commissioner, within six months of the review's outcome
    /// (s.47(4)(b)), then an appeal to the Court of Session on a point of law (s.56).
    /// </summary>
    public static IReadOnlyList<string> Complaint(Regime regime) => regime switch
    {
        Regime.Foisa =>
        [
            "If you are not satisfied with the outcome of this review, you can apply to the Scottish Information Commissioner for a decision (section 47 of the Freedom of Information (Scotland) Act 2002). You must normally apply within six months of receiving this letter. You can apply online at itspublicknowledge.info/appeal.",
            "If you are not satisfied with the Commissioner's decision, you can appeal to the Court of Session on a point of law (section 56).",
        ],
        Regime.Eir =>
        [
            "If you are not satisfied with the outcome of this reconsideration, you can complain to the Information Commissioner's Office (section 50 of the Freedom of Information Act 2000, as applied by regulation 18 of the Environmental Information Regulations 2004). You can find out how at ico.org.uk/make-a-complaint.",
        ],
        _ =>
        [
            "If you are not satisfied with the outcome of this internal review, you can complain to the Information Commissioner's Office (section 50 of the Freedom of Information Act 2000). You can find out how at ico.org.uk/make-a-complaint.",
        ],
    };

    /// <summary>The regulator's name for the tracking page and the case page.</summary>
    public static string Regulator(Regime regime) => regime == Regime.Foisa ? "the Scottish Information Commissioner" : "the Information Commissioner's Office";
}
