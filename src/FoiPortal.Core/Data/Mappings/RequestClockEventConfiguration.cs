using FoiPortal.Core.Requests;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FoiPortal.Core.Data.Mappings;

/// <summary>A request's clock events; the relationship is configured here so the request's own mapping stays as it was.</summary>
internal sealed class RequestClockEventConfiguration : IEntityTypeConfiguration<RequestClockEvent>
{
    public void Configure(EntityTypeBuilder<RequestClockEvent> builder)
    {
        builder.ToTable("RequestClockEvents");
        builder.HasKey(e => e.Id);
        builder.HasOne<FoiRequest>().WithMany(r => r.ClockEvents).HasForeignKey("RequestId").OnDelete(DeleteBehavior.Cascade).IsRequired();
        builder.Property(e => e.Reason).HasMaxLength(RequestClockEvent.ReasonMaxLength);
        builder.Property(e => e.RecordedBy).HasMaxLength(256);
        builder.HasIndex("RequestId", nameof(RequestClockEvent.On));
        // Issue 15: statistics find the responses sent in a period by their ResponseSent event.
        builder.HasIndex(nameof(RequestClockEvent.Kind), nameof(RequestClockEvent.On), "RequestId");
    }
}
