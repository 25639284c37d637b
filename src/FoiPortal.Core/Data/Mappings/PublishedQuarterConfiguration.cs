using FoiPortal.Core.Statistics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FoiPortal.Core.Data.Mappings;

internal sealed class PublishedQuarterConfiguration : IEntityTypeConfiguration<PublishedQuarter>
{
    public void Configure(EntityTypeBuilder<PublishedQuarter> builder)
    {
        builder.ToTable("PublishedQuarters");
        builder.HasKey(p => p.Id);
        builder.HasIndex(p => new { p.Year, p.Quarter, p.Version }).IsUnique();
        builder.Property(p => p.Note).HasMaxLength(PublishedQuarter.NoteMaxLength);
        builder.Property(p => p.PublishedBy).HasMaxLength(256).IsRequired();
        builder.Property(p => p.FiguresJson).IsRequired();
        builder.Ignore(p => p.Period);
    }
}
