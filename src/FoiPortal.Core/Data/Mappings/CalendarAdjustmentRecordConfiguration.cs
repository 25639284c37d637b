using FoiPortal.Core.Calendar;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FoiPortal.Core.Data.Mappings;

internal sealed class CalendarAdjustmentRecordConfiguration : IEntityTypeConfiguration<CalendarAdjustmentRecord>
{
    public void Configure(EntityTypeBuilder<CalendarAdjustmentRecord> builder)
    {
        builder.ToTable("CalendarAdjustments");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Reason).HasMaxLength(CalendarAdjustmentRecord.ReasonMaxLength).IsRequired();
        builder.Property(a => a.Source).HasMaxLength(CalendarAdjustmentRecord.SourceMaxLength);
        builder.Property(a => a.CreatedBy).HasMaxLength(CalendarAdjustmentRecord.StaffIdMaxLength).IsRequired();
        builder.Property(a => a.WithdrawnBy).HasMaxLength(CalendarAdjustmentRecord.StaffIdMaxLength);
        builder.Ignore(a => a.IsActive);
        builder.HasIndex(a => new { a.WithdrawnAtUtc, a.Date });
    }
}
