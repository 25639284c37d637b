using FoiPortal.Core.Requests;
using FoiPortal.Core.Responses;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FoiPortal.Core.Data.Mappings;

/// <summary>One response letter per request; its datasets are children; its rendered documents are kept apart (large, immutable).</summary>
internal sealed class ResponseLetterConfiguration : IEntityTypeConfiguration<ResponseLetter>
{
    public void Configure(EntityTypeBuilder<ResponseLetter> builder)
    {
        builder.ToTable("ResponseLetters");
        builder.HasKey(l => l.Id);
        builder.HasOne<FoiRequest>().WithOne().HasForeignKey<ResponseLetter>(l => l.FoiRequestId).OnDelete(DeleteBehavior.Cascade).IsRequired();
        builder.HasIndex(l => l.FoiRequestId).IsUnique();
        builder.Property(l => l.ResponseText).HasMaxLength(ResponseLetter.SectionMaxLength).IsRequired();
        builder.Property(l => l.ReasonText).HasMaxLength(ResponseLetter.SectionMaxLength).IsRequired();
        builder.Property(l => l.AdviceText).HasMaxLength(ResponseLetter.SectionMaxLength).IsRequired();
        builder.Property(l => l.CaveatsText).HasMaxLength(ResponseLetter.SectionMaxLength).IsRequired();
        builder.Property(l => l.UpdatedBy).HasMaxLength(256).IsRequired();
        builder.Property(l => l.SentBy).HasMaxLength(256);
        // Concurrency: two sends of one letter race on the state; the second save fails.
        builder.Property(l => l.State).IsConcurrencyToken();
        builder.Ignore(l => l.Sections);
        builder.HasMany(l => l.Attachments).WithOne().HasForeignKey("ResponseLetterId").OnDelete(DeleteBehavior.Cascade).IsRequired();
        builder.Navigation(l => l.Attachments).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class ResponseAttachmentConfiguration : IEntityTypeConfiguration<ResponseAttachment>
{
    public void Configure(EntityTypeBuilder<ResponseAttachment> builder)
    {
        builder.ToTable("ResponseAttachments");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Title).HasMaxLength(ResponseAttachment.TitleMaxLength).IsRequired();
        builder.Property(a => a.FileName).HasMaxLength(ResponseAttachment.FileNameMaxLength).IsRequired();
        builder.Property(a => a.Csv).IsRequired();
        builder.Property(a => a.Sha256).HasMaxLength(64).IsRequired();
        builder.Property(a => a.UploadedBy).HasMaxLength(256).IsRequired();
    }
}

internal sealed class ResponseDocumentConfiguration : IEntityTypeConfiguration<ResponseDocument>
{
    public void Configure(EntityTypeBuilder<ResponseDocument> builder)
    {
        builder.ToTable("ResponseDocuments");
        builder.HasKey(d => d.Id);
        builder.HasOne<FoiRequest>().WithMany().HasForeignKey(d => d.FoiRequestId).OnDelete(DeleteBehavior.Cascade).IsRequired();
        builder.Property(d => d.FileName).HasMaxLength(ResponseDocument.FileNameMaxLength).IsRequired();
        builder.Property(d => d.ContentType).HasMaxLength(100).IsRequired();
        builder.Property(d => d.Content).IsRequired();
        builder.Property(d => d.Sha256).HasMaxLength(64).IsRequired();
        builder.Property(d => d.CreatedBy).HasMaxLength(256).IsRequired();
        builder.HasIndex(d => new { d.FoiRequestId, d.LetterVersion });
    }
}
