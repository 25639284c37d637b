using FoiPortal.Core.DisclosureLog;
using FoiPortal.Core.Requests;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FoiPortal.Core.Data.Mappings;

/// <summary>
/// The public disclosure log. The full-text index is not part of the model: each provider's migration creates it with
/// raw SQL (SQLite: an FTS5 table kept in step by triggers; SQL Server: a full-text index). See docs/disclosure-log.md.
/// </summary>
internal sealed class DisclosureLogEntryConfiguration : IEntityTypeConfiguration<DisclosureLogEntry>
{
    public void Configure(EntityTypeBuilder<DisclosureLogEntry> builder)
    {
        builder.ToTable("DisclosureLogEntries");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Slug).HasMaxLength(EntrySlug.MaxLength).IsRequired();
        builder.HasIndex(e => e.Slug).IsUnique();
        builder.Property(e => e.Title).HasMaxLength(DisclosureLogEntry.TitleMaxLength).IsRequired();
        builder.Property(e => e.Reference).HasMaxLength(DisclosureLogEntry.ReferenceMaxLength).IsRequired();
        builder.Property(e => e.Topic).HasMaxLength(DisclosureLogEntry.TopicMaxLength).IsRequired();
        builder.Property(e => e.ExemptionKeys).HasMaxLength(DisclosureLogEntry.ExemptionKeysMaxLength).IsRequired();
        builder.Property(e => e.RequestText).HasMaxLength(DisclosureLogEntry.RequestTextMaxLength).IsRequired();
        builder.Property(e => e.ResponseText).HasMaxLength(DisclosureLogEntry.ResponseTextMaxLength).IsRequired();
        builder.Property(e => e.ReasonText).HasMaxLength(DisclosureLogEntry.ReasonTextMaxLength);
        builder.Property(e => e.SearchFacets).HasMaxLength(DisclosureLogEntry.SearchFacetsMaxLength).IsRequired();
        builder.Property(e => e.ConcurrencyStamp).IsConcurrencyToken();
        builder.Ignore(e => e.ExemptionsCited);
        builder.Ignore(e => e.IsPublic);
        builder.Ignore(e => e.PreparedBy);
        builder.Ignore(e => e.SubmittedBy);

        // The entry outlives its case: retention may delete the request, the published entry stays.
        builder.HasOne<FoiRequest>().WithMany().HasForeignKey(e => e.FoiRequestId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(e => e.FoiRequestId);

        // The log's lists: newest first, optionally one topic or outcome; the feed: newest published.
        builder.HasIndex(e => new { e.State, e.RespondedOn, e.Id });
        builder.HasIndex(e => new { e.State, e.Topic, e.RespondedOn });
        builder.HasIndex(e => new { e.State, e.Outcome, e.RespondedOn });
        builder.HasIndex(e => new { e.State, e.PublishedAtUtc });

        builder.HasMany(e => e.Attachments).WithOne().HasForeignKey("EntryId").OnDelete(DeleteBehavior.Cascade).IsRequired();
        builder.Navigation(e => e.Attachments).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasMany(e => e.Events).WithOne().HasForeignKey("EntryId").OnDelete(DeleteBehavior.Cascade).IsRequired();
        builder.Navigation(e => e.Events).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class DisclosureAttachmentConfiguration : IEntityTypeConfiguration<DisclosureAttachment>
{
    public void Configure(EntityTypeBuilder<DisclosureAttachment> builder)
    {
        builder.ToTable("DisclosureLogAttachments");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.FileName).HasMaxLength(DisclosureAttachment.FileNameMaxLength).IsRequired();
        builder.Property(a => a.Title).HasMaxLength(DisclosureAttachment.TitleMaxLength);
        builder.Property(a => a.ContentType).HasMaxLength(DisclosureAttachment.ContentTypeMaxLength).IsRequired();
        builder.Property(a => a.Content).IsRequired();
        builder.Property(a => a.Sha256).HasMaxLength(64).IsFixedLength().IsRequired();
        builder.Property<int>("EntryId");
        builder.HasIndex("EntryId", nameof(DisclosureAttachment.FileName)).IsUnique();
    }
}

internal sealed class DisclosureLogEventConfiguration : IEntityTypeConfiguration<DisclosureLogEvent>
{
    public void Configure(EntityTypeBuilder<DisclosureLogEvent> builder)
    {
        builder.ToTable("DisclosureLogEvents");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Actor).HasMaxLength(256).IsRequired();
        builder.Property(e => e.Detail).HasMaxLength(DisclosureLogEvent.DetailMaxLength);
        builder.Property<int>("EntryId");
        builder.HasIndex("EntryId");
    }
}
