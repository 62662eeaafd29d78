// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

/// @title Decay on the global tick grid.
/// @notice Every decaying quantity in BMail (sender rate, reputation, spam marks,
/// endorsed reputation, pair correspondence counts) is stored in "epoch form":
/// a mantissa M that is the quantity's value at the start of the current
/// half-life epoch of the global grid (epoch e covers [e*H, (e+1)*H) on the
/// quantity's own time scale; tick Δ = H/64).
///
/// - value(M, now) = M * f(j) >> 64, j = ⌊now/Δ⌋ mod 64, where f(j) is the
///   Q0.64 product of the constants 2^(-2^k/64) for each set bit k of j
///   (f(0) = 1, i.e. value = M);
/// - moving to a later epoch shifts M right by the number of epochs crossed
///   (exact integer halving), so the stored integers do not depend on how
///   often a slot is touched;
/// - adding x at time now adds u = ⌊x * 2^64 / f(j)⌋ to M, which raises the
///   value by x or x-1, never more (so no quantity grows beyond what was added).
///
/// The Go twin (package pricing, decay.go) computes the same integers with
/// bits.Mul64 and bits.Div64.
library Decay {
    // ⌊2^64 * 2^(-2^k/64)⌋ for k = 0..5 (2^(-1/64), 2^(-1/32), ..., 2^(-1/2)).
    uint256 internal constant C0 = 0xfd3e0c0cf486c174;
    uint256 internal constant C1 = 0xfa83b2db722a033a;
    uint256 internal constant C2 = 0xf5257d152486cc2c;
    uint256 internal constant C3 = 0xeac0c6e7dd24392e;
    uint256 internal constant C4 = 0xd744fccad69d6af4;
    uint256 internal constant C5 = 0xb504f333f9de6484;

    uint256 internal constant ONE = 1 << 64;

    /// @notice f(j) in Q0.64 (ONE for j = 0), for j in [0, 64).
    function factor(uint256 j) internal pure returns (uint256 f) {
        assembly ("memory-safe") {
            f := shl(64, 1)
            if and(j, 1) { f := shr(64, mul(f, 0xfd3e0c0cf486c174)) }
            if and(j, 2) { f := shr(64, mul(f, 0xfa83b2db722a033a)) }
            if and(j, 4) { f := shr(64, mul(f, 0xf5257d152486cc2c)) }
            if and(j, 8) { f := shr(64, mul(f, 0xeac0c6e7dd24392e)) }
            if and(j, 16) { f := shr(64, mul(f, 0xd744fccad69d6af4)) }
            if and(j, 32) { f := shr(64, mul(f, 0xb504f333f9de6484)) }
        }
    }

    /// @notice The value of mantissa m (already in now's epoch) under factor f.
    function value(uint256 m, uint256 f) internal pure returns (uint256) {
        unchecked {
            return (m * f) >> 64;
        }
    }

    /// @notice The mantissa increment that adds x to the value under factor f.
    function grow(uint256 x, uint256 f) internal pure returns (uint256) {
        unchecked {
            return (x << 64) / f;
        }
    }

    /// @notice The mantissa decrement that removes at least x from the value under factor f.
    function shrink(uint256 x, uint256 f) internal pure returns (uint256) {
        unchecked {
            return ((x << 64) + f - 1) / f;
        }
    }
}
