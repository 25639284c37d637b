using FoiPortal.Core.Requests;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FoiPortal.Core.Data.Mappings;

internal sealed class DeadlineReminderConfiguration : IEntityTypeConfiguration<DeadlineReminder>
{
    public void Configure(EntityTypeBuilder<DeadlineReminder> builder)
    {
        builder.ToTable("DeadlineReminders");
        builder.HasKey(r => r.Id);
        // Exactly once: a second node (or a restarted one) inserting the same reminder hits this index and skips.
        builder.HasIndex(r => new { r.RequestId, r.Kind, r.DueOn }).IsUnique();
        builder.HasOne<FoiRequest>().WithMany().HasForeignKey(r => r.RequestId).OnDelete(DeleteBehavior.Cascade);
    }
}
