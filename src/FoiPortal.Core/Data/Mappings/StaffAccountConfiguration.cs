using FoiPortal.Core.Staff;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FoiPortal.Core.Data.Mappings;

internal sealed class StaffUserConfiguration : IEntityTypeConfiguration<StaffUser>
{
    public void Configure(EntityTypeBuilder<StaffUser> builder)
    {
        builder.Property(u => u.InviteTokenHash).HasMaxLength(StaffUser.InviteTokenHashLength);
        builder.HasIndex(u => u.InviteTokenHash).IsUnique().HasFilter("[InviteTokenHash] IS NOT NULL");
        builder.Property(u => u.TotpSecret).HasMaxLength(StaffUser.TotpSecretMaxLength);
    }
}

internal sealed class StaffAuditEntryConfiguration : IEntityTypeConfiguration<StaffAuditEntry>
{
    public void Configure(EntityTypeBuilder<StaffAuditEntry> builder)
    {
        builder.ToTable("StaffAuditEntries");
        builder.Property(e => e.UserId).HasMaxLength(450).IsRequired();
        builder.Property(e => e.Detail).HasMaxLength(StaffAuditEntry.DetailMaxLength).IsRequired();
        builder.Property(e => e.Actor).HasMaxLength(StaffAuditEntry.ActorMaxLength).IsRequired();
        builder.HasIndex(e => new { e.UserId, e.AtUtc });
    }
}

internal sealed class StaffSignInRecordConfiguration : IEntityTypeConfiguration<StaffSignInRecord>
{
    public void Configure(EntityTypeBuilder<StaffSignInRecord> builder)
    {
        builder.ToTable("StaffSignIns");
        builder.Property(e => e.UserId).HasMaxLength(450).IsRequired();
        builder.Property(e => e.ClientAddress).HasMaxLength(StaffSignInRecord.ClientAddressMaxLength);
        builder.HasIndex(e => new { e.UserId, e.AtUtc });
    }
}

internal sealed class StaffRecoveryCodeConfiguration : IEntityTypeConfiguration<StaffRecoveryCode>
{
    public void Configure(EntityTypeBuilder<StaffRecoveryCode> builder)
    {
        builder.ToTable("StaffRecoveryCodes");
        builder.Property(e => e.UserId).HasMaxLength(450).IsRequired();
        builder.Property(e => e.CodeHash).HasMaxLength(64).IsRequired();
        builder.HasIndex(e => new { e.UserId, e.CodeHash }).IsUnique();
    }
}
