using FoiPortal.Core.Requests;
using FoiPortal.Core.Retention;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FoiPortal.Core.Data.Mappings;

internal sealed class RetentionSettingsConfiguration : IEntityTypeConfiguration<RetentionSettings>
{
    public void Configure(EntityTypeBuilder<RetentionSettings> builder)
    {
        builder.ToTable("RetentionSettings");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.UpdatedBy).HasMaxLength(256).IsRequired();
        builder.Ignore(s => s.Schedule);
    }
}

internal sealed class RetentionRecordConfiguration : IEntityTypeConfiguration<RetentionRecord>
{
    public void Configure(EntityTypeBuilder<RetentionRecord> builder)
    {
        builder.ToTable("RetentionRecords");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Reference).HasMaxLength(FoiRequest.ReferenceMaxLength).IsRequired();
        builder.Property(r => r.Rule).HasMaxLength(RetentionRecord.RuleMaxLength).IsRequired();
        builder.Property(r => r.Actor).HasMaxLength(256).IsRequired();
        builder.HasIndex(r => r.AtUtc);
        builder.HasIndex(r => r.RequestId);
    }
}
