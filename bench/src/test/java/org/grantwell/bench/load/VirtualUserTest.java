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
}
