using FoiPortal.Core.Requests;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FoiPortal.Core.Data.Mappings;

internal sealed class CaseNoteConfiguration : IEntityTypeConfiguration<CaseNote>
{
    public void Configure(EntityTypeBuilder<CaseNote> builder)
    {
        builder.ToTable("CaseNotes");
        builder.HasKey(n => n.Id);
        builder.HasOne<FoiRequest>().WithMany().HasForeignKey(n => n.FoiRequestId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(n => new { n.FoiRequestId, n.WrittenAtUtc });
        builder.Property(n => n.Author).HasMaxLength(256).IsRequired();
        builder.Property(n => n.Text).HasMaxLength(CaseNote.TextMaxLength).IsRequired();
        builder.Ignore(n => n.FixedFromUtc);
        builder.OwnsMany(n => n.Revisions, revision =>
        {
            revision.ToTable("CaseNoteRevisions");
            revision.WithOwner().HasForeignKey("CaseNoteId");
            revision.HasKey(r => r.Id);
            revision.Property(r => r.Text).HasMaxLength(CaseNote.TextMaxLength).IsRequired();
        });
        builder.Navigation(n => n.Revisions).HasField("_revisions").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
