package org.grantwell.bench.load;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VirtualUserTest {

  @Test
  void shouldGiveEachPanelMemberAShareOfTheOfferedDecisionsOfItsOwn() {
    assertThat(VirtualUser.panelSlot("bench.panel.1")).isZero();
    assertThat(VirtualUser.panelSlot("bench.panel.3")).isEqualTo(2);
    assertThat(VirtualUser.panelSlot("panel.ho")).isZero();
  }

  @Test
  void shouldSplitDecisionsIntoOneShareForEachPanelMember() {
    java.util.Set<Integer> shares = new java.util.HashSet<>();
    for (int i = 0; i < 200; i++) {
      int share = VirtualUser.panelShare(java.util.UUID.nameUUIDFromBytes(new byte[] {(byte) i}).toString());
      assertThat(share).isBetween(0, org.grantwell.bench.data.ReferencePlanner.PANEL - 1);
      shares.add(share);
    }
    assertThat(shares).hasSize(org.grantwell.bench.data.ReferencePlanner.PANEL);
    assertThat(VirtualUser.panelShare("same-task")).isEqualTo(VirtualUser.panelShare("same-task"));
  }
}
