using FoiPortal.Core.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FoiPortal.Core.Data.Mappings;

internal sealed class JobLeaseConfiguration : IEntityTypeConfiguration<JobLease>
{
    public void Configure(EntityTypeBuilder<JobLease> builder)
    {
        builder.ToTable("JobLeases");
        builder.HasKey(l => l.Name);
        builder.Property(l => l.Name).HasMaxLength(JobLease.NameMaxLength);
        builder.Property(l => l.HeldBy).HasMaxLength(JobLease.HolderMaxLength);
        // One row per job, created with the schema, so claiming is always a single conditional UPDATE (never an insert race).
        builder.HasData(JobLease.All.Select(name => new { Name = name }));
    }
}
