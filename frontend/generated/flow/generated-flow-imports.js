import '@vaadin/polymer-legacy-adapter/style-modules.js';
import '@vaadin/vertical-layout/src/vaadin-vertical-layout.js';
import '@vaadin/login/src/vaadin-login-form.js';
import '@vaadin/app-layout/src/vaadin-app-layout.js';
import '@vaadin/horizontal-layout/src/vaadin-horizontal-layout.js';
import '@vaadin/app-layout/src/vaadin-drawer-toggle.js';
import '@vaadin/button/src/vaadin-button.js';
import '@vaadin/tooltip/src/vaadin-tooltip.js';
import 'Frontend/generated/jar-resources/disableOnClickFunctions.js';
import '@vaadin/side-nav/src/vaadin-side-nav.js';
import '@vaadin/side-nav/src/vaadin-side-nav-item.js';
import '@vaadin/common-frontend/ConnectionIndicator.js';
import '@vaadin/vaadin-lumo-styles/color-global.js';
import '@vaadin/vaadin-lumo-styles/typography-global.js';
import '@vaadin/vaadin-lumo-styles/sizing.js';
import '@vaadin/vaadin-lumo-styles/spacing.js';
import '@vaadin/vaadin-lumo-styles/style.js';
import '@vaadin/vaadin-lumo-styles/vaadin-iconset.js';
import 'Frontend/generated/jar-resources/ReactRouterOutletElement.tsx';

const loadOnDemand = (key) => {
  const pending = [];
  if (key === '454a23701dd03c71b4ffecaeb0b929839e19b96a4b8fc01a165e1771e7c6cb2c') {
    pending.push(import('./chunks/chunk-2b85016f1cabb717e4158dae3c8677ae41f9291654ee67baa2145b62651a1f1d.js'));
  }
  if (key === '87ac76113dc27500737a64a76a97b0d9330557b61dd16cd8e3e4da818a4677c1') {
    pending.push(import('./chunks/chunk-2f37b40f9ed2a60bee9a582a78c1bd05138dc6786c2f7088076bcff4938d5bcd.js'));
  }
  if (key === 'dd5014b98a146c309570761c369572bd86a9094b510299af6f6353a6e932ca33') {
    pending.push(import('./chunks/chunk-b8fda024b7f5fa18379ddd4c56a9370cc55d2c73ce5a783fea85b126201d3aa2.js'));
  }
  if (key === '4a573fbfaed43308e22fdf32e37af456b74c727f7251b5128f88a647b4207fbc') {
    pending.push(import('./chunks/chunk-fb202f4ee88ce86792dce563f1f92477398e9ad3a823ec75e03fffead5de81df.js'));
  }
  if (key === 'dafd1f300c7e9b2e3b5ff860810cb3e3d81c5a5e938a6d9bbabb37acae6a815f') {
    pending.push(import('./chunks/chunk-d61214c1098e2b0350b6cd145b72e6a79bff953ca1875a938dced4fb64377ca1.js'));
  }
  if (key === '8e68e49d69376f9852d18dfb05f68283bca21c9d316d04243ac0ab19cf7eac0f') {
    pending.push(import('./chunks/chunk-b8fda024b7f5fa18379ddd4c56a9370cc55d2c73ce5a783fea85b126201d3aa2.js'));
  }
  if (key === 'e622ee1f6f3fc011de6d9cf82d17dd7dfc35379fae62b340b0c8d23e49c07118') {
    pending.push(import('./chunks/chunk-2f37b40f9ed2a60bee9a582a78c1bd05138dc6786c2f7088076bcff4938d5bcd.js'));
  }
  if (key === '007b245ab7bf48ee535d7548e9dfa31f6480f82ac778a9d2a1dfff4aaf69c534') {
    pending.push(import('./chunks/chunk-64d2e75f70c541f338a2fb7654aa40f0d00a9b775edd6add2793f1c38e7e4fcd.js'));
  }
  return Promise.all(pending);
}

window.Vaadin = window.Vaadin || {};
window.Vaadin.Flow = window.Vaadin.Flow || {};
window.Vaadin.Flow.loadOnDemand = loadOnDemand;
window.Vaadin.Flow.resetFocus = () => {
 let ae=document.activeElement;
 while(ae&&ae.shadowRoot) ae = ae.shadowRoot.activeElement;
 return !ae || ae.blur() || ae.focus() || true;
}