using HrKit.Points;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using HrKit.Points.Engine;
using HrKit.Points.Ledger;
using HrKit.Points.Model;
using HrKit.Points.Policies;
using HrKit.Points.Serialization;
using HrKit.Points.Tests.Support;
using TestData = HrKit.Points.Tests.Support.TestData;
using NodaTime.Testing;

namespace HrKit.Points.Tests.Serialization;

/// <summary>
/// Issue 10: any JSON Lines text or byte stream reads as events or fails with a <see cref="PointsInputException"/> naming a
/// line, and whatever was read processes into a result.
/// </summary>
public sealed class EventLinesPropertyTests
{
    private static readonly PointsPolicy Default = PointsPolicyLoader.LoadDefault();

    private static bool ReadsOrNamesALine(Func<IReadOnlyList<PointsEvent>> read)
    {
        IReadOnlyList<PointsEvent> events;
        try
        {
            events = read();
        }
        catch (PointsInputException ex)
        {
            return ex.Message.StartsWith("line ", StringComparison.Ordinal) && ex.Target?.Line > 0;
        }

        var service = new PointsService(new StaticPointsPolicySource(Default), PointsLedgerStores.InMemory(new FakeClock(TestData.Monday9am)), new PointsOptions());
        var result = service.ProcessBatchAsync(events).GetAwaiter().GetResult();
        return result.Rejected.Count == 0; // the reader only lets through events the service accepts
    }

    [Property(MaxTest = 300)]
    public Property ReadEventLines_AnyText_EventsOrPointsInputExceptionNamingTheLine() => Prop.ForAll(
        HostileGen.EventLines().ToArbitrary(),
        Gen.Elements("\n", "\r\n", "\r").ToArbitrary(),
        (lines, newline) => ReadsOrNamesALine(() => PointsJson.ReadEventLines(new StringReader(string.Join(newline, lines))).ToList()));

    [Property(MaxTest = 200)]
    public Property ReadEventLines_AnyBytes_EventsOrPointsInputExceptionNamingTheLine() => Prop.ForAll(
        HostileGen.EventLines().ToArbitrary(),
        (from at in Gen.Choose(0, 10_000) from b in Gen.Elements<byte>(0xFF, 0xC3, 0xE2, 0x80, 0x00, 0x0A, 0xEF) select (at, b)).ListOf().ToArbitrary(),
        (lines, corruptions) =>
        {
            var bytes = Encoding.UTF8.GetBytes(string.Join("\n", lines)).ToList();
            foreach (var (at, b) in corruptions.Take(3))
            {
                bytes.Insert(at % (bytes.Count + 1), b);
            }

            return ReadsOrNamesALine(() => PointsJson.ReadEventLines(new MemoryStream([.. bytes])));
        });
}
