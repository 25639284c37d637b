using FoiPortal.Core.Calendar;
using FoiPortal.Core.Costs;
using FoiPortal.Core.DisclosureLog;


using FoiPortal.Core.Exemptions;
using FoiPortal.Core.Messaging;
using FoiPortal.Core.Requests;
using FoiPortal.Core.Staff;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace FoiPortal.Core.Data;

/// <summary>The one store: requests and their work (costs, exemption decisions), the exemption catalogue, staff identities, the email outbox and data-protection keys.</summary>
public sealed class FoiDbContext(DbContextOptions<FoiDbContext> options)
    : IdentityDbContext<StaffUser>(options), IDataProtectionKeyContext
{
    public DbSet<FoiRequest> Requests => Set<FoiRequest>();

    public DbSet<RequestDraft> RequestDrafts => Set<RequestDraft>();

    public DbSet<ReferenceCounter> ReferenceCounters => Set<ReferenceCounter>();

    public DbSet<DeadlineReminder> DeadlineReminders => Set<DeadlineReminder>();

    public DbSet<OutboundEmail> OutboundEmails => Set<OutboundEmail>();

    public DbSet<OutboundEmailAttachment> OutboundEmailAttachments => Set<OutboundEmailAttachment>();

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<CalendarAdjustmentRecord> CalendarAdjustments => Set<CalendarAdjustmentRecord>();

    public DbSet<CostEstimate> CostEstimates => Set<CostEstimate>();

    public DbSet<CostDecision> CostDecisions => Set<CostDecision>();

    /// <summary>The exemption catalogue in force (seeded from code, wording and sensitivity edited by admins).</summary>
    public DbSet<ExemptionEntry> ExemptionEntries => Set<ExemptionEntry>();

    public DbSet<ExemptionCatalogueChange> ExemptionCatalogueChanges => Set<ExemptionCatalogueChange>();

    public DbSet<ExemptionDecision> ExemptionDecisions => Set<ExemptionDecision>();

    public DbSet<CostAggregationLink> CostAggregationLinks => Set<CostAggregationLink>();

    public DbSet<Responses.ResponseLetter> ResponseLetters => Set<Responses.ResponseLetter>();

    public DbSet<Responses.ResponseDocument> ResponseDocuments => Set<Responses.ResponseDocument>();


    public DbSet<DisclosureLogEntry> DisclosureLogEntries => Set<DisclosureLogEntry>();

    public DbSet<DisclosureAttachment> DisclosureLogAttachments => Set<DisclosureAttachment>();

    // Issue 17: staff accounts' audit trail, sign-in history and recovery codes.
    public DbSet<StaffAuditEntry> StaffAuditEntries => Set<StaffAuditEntry>();

    public DbSet<StaffSignInRecord> StaffSignIns => Set<StaffSignInRecord>();

    public DbSet<StaffRecoveryCode> StaffRecoveryCodes => Set<StaffRecoveryCode>();
    public DbSet<Regulator.RegulatorComplaint> RegulatorComplaints => Set<Regulator.RegulatorComplaint>();

    public DbSet<Regulator.RegulatorDeadline> RegulatorDeadlines => Set<Regulator.RegulatorDeadline>();

    public DbSet<Regulator.RegulatorReminder> RegulatorReminders => Set<Regulator.RegulatorReminder>();
    public DbSet<Reviews.InternalReview> InternalReviews => Set<Reviews.InternalReview>();

    // Issue 16: the email intake's triage inbox.
    public DbSet<Intake.InboundMessage> InboundMessages => Set<Intake.InboundMessage>();

    public DbSet<Intake.InboundAttachment> InboundAttachments => Set<Intake.InboundAttachment>();

    // Issue 15: published quarterly statistics (versioned snapshots).
    public DbSet<Statistics.PublishedQuarter> PublishedQuarters => Set<Statistics.PublishedQuarter>();

    // Issue 18: officers' notes on a case (never in a letter or the disclosure log).
    public DbSet<CaseNote> CaseNotes => Set<CaseNote>();

    // Issue 18: consultation tasks to departments, colleagues and third parties (docs/adr/022).
    public DbSet<Consultations.Department> Departments => Set<Consultations.Department>();

    public DbSet<Consultations.ConsultationTask> ConsultationTasks => Set<Consultations.ConsultationTask>();

    public DbSet<Consultations.ConsultationFile> ConsultationFiles => Set<Consultations.ConsultationFile>();

    public DbSet<Consultations.ConsultationReminder> ConsultationReminders => Set<Consultations.ConsultationReminder>();

    // Issue 19: jobs one node runs at a time, claimed with the provider's own locking.
    public DbSet<Nodes.JobLease> JobLeases => Set<Nodes.JobLease>();

    // Issue 19: the retention schedule and the personal-data history (docs/adr/018).
    public DbSet<Retention.RetentionSettings> RetentionSettings => Set<Retention.RetentionSettings>();

    public DbSet<Retention.RetentionRecord> RetentionRecords => Set<Retention.RetentionRecord>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(FoiDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Enums are stored as readable strings (status reports and ad hoc SQL stay legible).
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(40);
    }
}
