using FoiPortal.Core.Exemptions;
using FoiPortal.Core.Requests;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FoiPortal.Core.Data.Mappings;

/// <summary>The catalogue: one row per provision, keyed by its unique key ("FOIA s.23(5)").</summary>
internal sealed class ExemptionEntryConfiguration : IEntityTypeConfiguration<ExemptionEntry>
{
    public void Configure(EntityTypeBuilder<ExemptionEntry> builder)
    {
        builder.ToTable("ExemptionCatalogue");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Key).HasMaxLength(ExemptionEntry.KeyMaxLength).IsRequired();
        builder.HasIndex(e => e.Key).IsUnique();
        builder.Property(e => e.Provision).HasMaxLength(ExemptionEntry.ProvisionMaxLength).IsRequired();
        builder.Property(e => e.Title).HasMaxLength(ExemptionEntry.TitleMaxLength).IsRequired();
        builder.Property(e => e.StandardWording).HasMaxLength(ExemptionEntry.WordingMaxLength).IsRequired();
        builder.Property(e => e.NcndCounterpartKey).HasMaxLength(ExemptionEntry.KeyMaxLength);
        builder.Property(e => e.Note).HasMaxLength(ExemptionEntry.NoteMaxLength);
        builder.HasIndex(e => e.Regime);
    }
}

internal sealed class ExemptionCatalogueChangeConfiguration : IEntityTypeConfiguration<ExemptionCatalogueChange>
{
    public void Configure(EntityTypeBuilder<ExemptionCatalogueChange> builder)
    {
        builder.ToTable("ExemptionCatalogueChanges");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.EntryKey).HasMaxLength(ExemptionEntry.KeyMaxLength).IsRequired();
        builder.Property(c => c.ChangedBy).HasMaxLength(ExemptionCatalogueChange.ChangedByMaxLength).IsRequired();
        builder.Property(c => c.WordingBefore).HasMaxLength(ExemptionEntry.WordingMaxLength);
        builder.Property(c => c.WordingAfter).HasMaxLength(ExemptionEntry.WordingMaxLength);
        builder.HasIndex(c => new { c.EntryKey, c.ChangedAtUtc });
    }
}

/// <summary>Decisions per request and question; citations are their children, each with optional harm and public interest test columns.</summary>
internal sealed class ExemptionDecisionConfiguration : IEntityTypeConfiguration<ExemptionDecision>
{
    public void Configure(EntityTypeBuilder<ExemptionDecision> builder)
    {
        builder.ToTable("ExemptionDecisions");
        builder.HasKey(d => d.Id);
        builder.HasOne<FoiRequest>().WithMany().HasForeignKey(d => d.FoiRequestId).OnDelete(DeleteBehavior.Cascade).IsRequired();
        builder.Property(d => d.InformationDescription).HasMaxLength(ExemptionDecision.InformationDescriptionMaxLength);
        // FOIA s.14(2): the earlier request a repeated request names (issue 18).
        builder.Property(d => d.EarlierRequestReference).HasMaxLength(FoiRequest.ReferenceMaxLength);
        builder.Property(d => d.DecidedBy).HasMaxLength(256).IsRequired();
        builder.OwnsOne(d => d.SignOff, SignOffColumns.Map);
        builder.Navigation(d => d.SignOff).IsRequired();
        builder.HasIndex(d => new { d.FoiRequestId, d.QuestionNumber });
        builder.HasMany(d => d.Citations).WithOne().HasForeignKey("ExemptionDecisionId").OnDelete(DeleteBehavior.Cascade).IsRequired();
        builder.Navigation(d => d.Citations).UsePropertyAccessMode(PropertyAccessMode.Field);
        // Issue 14: a review's new decisions are rows of their own beside the originals; every query of the case's
        // decisions sees only the originals unless it asks for the review's (docs/adr/013-review-decisions-beside-the-originals.md).
        builder.HasOne<Reviews.InternalReview>().WithMany().HasForeignKey(d => d.InternalReviewId).OnDelete(DeleteBehavior.Restrict);
        builder.HasQueryFilter(Reviews.ReviewDecisions.OriginalOnlyFilter, d => d.InternalReviewId == null);
    }
}

internal sealed class ExemptionCitationConfiguration : IEntityTypeConfiguration<ExemptionCitation>
{
    public void Configure(EntityTypeBuilder<ExemptionCitation> builder)
    {
        builder.ToTable("ExemptionCitations");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.ExemptionKey).HasMaxLength(ExemptionEntry.KeyMaxLength).IsRequired();
        builder.Property(c => c.Reasons).HasMaxLength(ExemptionCitation.ReasonsMaxLength);
        builder.Property(c => c.Paragraphs).HasMaxLength(ExemptionCitation.ParagraphsMaxLength);
        builder.HasIndex("ExemptionDecisionId", nameof(ExemptionCitation.Position)).IsUnique();
        builder.OwnsOne(c => c.Harm, harm =>
        {
            harm.Property(h => h.Prejudice).HasColumnName("HarmPrejudice").HasMaxLength(HarmStatement.PrejudiceMaxLength).IsRequired();
            harm.Property(h => h.Likelihood).HasColumnName("HarmLikelihood");
        });
        builder.OwnsOne(c => c.PublicInterestTest, test =>
        {
            test.Property(t => t.FactorsForDisclosure).HasColumnName("PublicInterestForDisclosure").HasMaxLength(PublicInterestTest.FactorsMaxLength).IsRequired();
            test.Property(t => t.FactorsForMaintaining).HasColumnName("PublicInterestForMaintaining").HasMaxLength(PublicInterestTest.FactorsMaxLength).IsRequired();
            test.Property(t => t.Conclusion).HasColumnName("PublicInterestConclusion").HasMaxLength(PublicInterestTest.ConclusionMaxLength).IsRequired();
        });
    }
}
