namespace CarePages.Core.Xliff.Validation;

/// <summary>The outcome of validating one XLIFF file: the version it declares and, in document order, what is wrong.</summary>
public sealed class XliffValidationReport
{
    private XliffValidationReport(XliffValidationStatus status, XliffVersion? version, IReadOnlyList<XliffValidationFault> faults)
    {
        Status = status;
        Version = version;
        Faults = faults;
    }

    /// <summary>Whether the file could be checked; anything but <see cref="XliffValidationStatus.Checked"/> carries one fault saying why not.</summary>
    public XliffValidationStatus Status { get; }

    /// <summary>The version the root declares; null when it declares none this validator knows.</summary>
    public XliffVersion? Version { get; }

    /// <summary>The faults, schema faults first, then the processing requirements in document order; empty when valid.</summary>
    public IReadOnlyList<XliffValidationFault> Faults { get; }

    /// <summary>True when the file was checked and nothing is wrong.</summary>
    public bool IsValid => Status == XliffValidationStatus.Checked && Faults.Count == 0;

    /// <summary>The version as written in the <c>version</c> attribute (<c>1.2</c>, <c>2.0</c>, <c>2.1</c>, <c>2.2</c>); null when unknown.</summary>
    public string? VersionNumber => Version is { } version ? XliffVersions.Number(version) : null;

    /// <summary>A file that was checked, with its faults (none when valid).</summary>
    public static XliffValidationReport Checked(XliffVersion? version, IEnumerable<XliffValidationFault> faults)
    {
        ArgumentNullException.ThrowIfNull(faults);
        return new(XliffValidationStatus.Checked, version, [.. faults]);
    }

    /// <summary>A file that could not be checked: <paramref name="fault"/> says why.</summary>
    public static XliffValidationReport NotChecked(XliffValidationStatus status, XliffValidationFault fault) =>
        new(status, null, [fault]);
}
